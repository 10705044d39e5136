import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

/**
 * Brotli and gzip files beside each script, style sheet and page, made once at build time at
 * the best ratio, so the server sends them as they are instead of compressing every request
 * (see BENCHMARKS.md, "Side by side with bull-board").
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
      for (const file of walk(outDir).filter((f) => /\.(js|css|html|svg|json)$/.test(f))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), scrollAreaWithoutFloatingUi(), precompress()],
  server: {
    // `npm run dev` serves the app with hot reload; the API comes from `npm start` on 8080.
    proxy: { '/webapi': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
