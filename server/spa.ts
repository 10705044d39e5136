/** The built dashboard: files from dist/, and index.html for any other page (history routing). */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionInfo } from '../contract/session.ts';
import { withSessionData } from './session/page-data.ts';

export interface SpaOptions {
  /** The signed-in session a page request carries, written into the page; null sends the page as it is. */
  sessionInfo?: (request: FastifyRequest) => SessionInfo | null;
}

export async function serveSpa(app: FastifyInstance, distDir: string, opts: SpaOptions = {}): Promise<void> {
  const hasBuild = existsSync(join(distDir, 'index.html'));
  if (hasBuild) {
    // Files are looked up per request, so a rebuild is served without a restart.
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      cacheControl: false,
      // The build leaves .br and .gz files beside each asset: sent as they are, not compressed per request.
      preCompressed: true,
      setHeaders: (res, path) => {
        // Vite names bundles by their content hash: a changed file is a new name, so the old
        // one can be kept for good. Other files (icons) are checked again after an hour.
        // index.html names the current bundles, so it is checked every time.
        const hashed = /[\\/]assets[\\/]/.test(path);
        const page = /[\\/]index\.html(\.br|\.gz)?$/.test(path);
        res.header('cache-control', page ? 'no-cache' : hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    });
  }
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!hasBuild) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built. Run `npm run build`, or start it with `npm start`.\n');
    }
    const info = opts.sessionInfo?.(request);
    const html = info ? await readFile(join(distDir, 'index.html'), 'utf8').catch(() => null) : null;
    if (info && html !== null) {
      // This page is one person's: no cache may keep it, or give it to another.
      return reply
        .header('cache-control', 'private, no-store')
        .header('vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(withSessionData(html, info));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  };
  app.get('/', page);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // Missing files stay 404; only page routes fall back to the app.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path) || path.startsWith('/assets/');
    if (request.method !== 'GET' || looksLikeFile || path.startsWith('/webapi')) {
      return reply.code(404).type('application/json').send({ message: 'Not found.' });
    }
    return page(request, reply);
  });
}
