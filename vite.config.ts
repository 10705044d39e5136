import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The app's style sheets between the frame and the app's root in the page's body, not in its
 * head: in the head they held back the first paint of the frame (which has its own small inline
 * styles) until they had loaded. The app still starts only once they are in, as scripts wait for
 * style sheets, and Mantine's theme variables, drawn inside the root, still come after them.
 */
function stylesAfterFrame(): Plugin {
  return {
    name: 'styles-after-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
        const rest = links.reduce((page, link) => page.replace(link, ''), html);
        const root = '<div id="root"></div>';
        if (!rest.includes(root)) throw new Error(`index.html no longer has ${root}`);
        return rest.replace(root, `${links.join('\n')}\n${root}`);
      },
    },
  };
}

/**
 * The first-paint script written into the page instead of fetched: fetched, it held the first
 * paint of the frame until it arrived. The server allows it by its hash (server/page-scripts.ts).
 */
function inlineFirstPaint(): Plugin {
  return {
    name: 'inline-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const tag = '<script src="/first-paint.js"></script>';
        if (!html.includes(tag)) throw new Error(`index.html no longer has ${tag}`);
        const script = readFileSync(fileURLToPath(new URL('./public/first-paint.js', import.meta.url)), 'utf8').trim();
        return html.replace(tag, `<script>${script}</script>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), inlineFirstPaint(), stylesAfterFrame(), precompress()],
  server: {
    // `npm run dev` serves the app with hot reload; the API comes from `npm start` on 8080.
    proxy: { '/webapi': 'http://127.0.0.1:8080', '/session': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
