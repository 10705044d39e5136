import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Mantine's ScrollArea, which every Mantine Table includes, imports one small hook from
 * @floating-ui/react. That one import put all of floating-ui (15 KB gzip) in the jobs page's
 * first view, though only menus, popovers and hints opened later use it. Here that import
 * gets the same hook from @mantine/hooks; everything else still uses floating-ui.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  const shim = fileURLToPath(new URL('./src/lib/scroll-area-merge-refs.ts', import.meta.url));
  let routed = false;
  return {
    name: 'scroll-area-without-floating-ui',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@floating-ui/react' || !importer?.replaceAll('\\', '/').endsWith('/ScrollArea/ScrollArea.mjs')) return null;
      routed = true;
      return shim;
    },
    buildEnd() {
      // A Mantine upgrade may move the import: the bundle budget test would then fail too.
      if (!routed) this.warn('ScrollArea no longer imports @floating-ui/react: this plugin can go');
    },
  };
}

export default defineConfig({
  plugins: [react(), scrollAreaWithoutFloatingUi()],
  server: {
    // `npm run dev` serves the app with hot reload; the API comes from `npm start` on 8080.
    proxy: { '/webapi': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
