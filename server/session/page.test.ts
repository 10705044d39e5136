/** The page for a signed-in browser carries who it is, is never cached, and keeps the page's CSP as it was. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfo, SESSION_COOKIE, SESSION_DATA_ID } from '../../contract/session.ts';
import { ADMIN, startTestServer, type TestServer } from '../../test/sandbox.ts';
import { signIn } from './test-kit.ts';

const PAGE = `<!doctype html><html><head><title>app</title><script>paint()</script><script type="module" src="/assets/a.js"></script></head><body>${'<p>x</p>'.repeat(300)}</body></html>`;
let s: TestServer;
let cookie = '';
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(dist, 'index.html'), PAGE);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(PAGE));
  s = await startTestServer({}, { distDir: dist });
  ({ cookie } = await signIn(s.app, ADMIN));
});
afterAll(() => s.close());

const BLOCK = new RegExp(`<script type="application/json" id="${SESSION_DATA_ID}">(.*?)</script>`);

describe('the page', () => {
  it('signed in: the data block before the first script, with the SessionInfo; private, not stored', async () => {
    for (const url of ['/', '/jobs?x=1', '/jobs/abc']) {
      const res = await s.call({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(String(res.headers.vary)).toMatch(/cookie/i);
      const json = BLOCK.exec(res.body)![1]!;
      expect(SessionInfo.parse(JSON.parse(json))).toMatchObject({ apiKey: 'admin-key', role: 'curator', server: { mode: 'sandbox' } });
      expect(res.body.indexOf(`id="${SESSION_DATA_ID}"`)).toBeLessThan(res.body.indexOf('<script>paint()'));
      // The page's own inline script is still the only one the policy allows: the block is data, not script.
      expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
    }
  });

  it('signed in, compressed for a browser that accepts it', async () => {
    const res = await s.call({ method: 'GET', url: '/jobs', headers: { cookie, 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString()).toMatch(BLOCK);
  });

  it('signed out (no cookie, or one that is not a session): the page as it is, precompressed, no block', async () => {
    for (const headers of [{}, { cookie: `${SESSION_COOKIE}=garbage` }]) {
      const res = await s.call({ method: 'GET', url: '/jobs', headers: { ...headers, 'accept-encoding': 'br' } });
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(PAGE);
    }
  });

  it('a session that has ended: no block', async () => {
    const started = s.clock.now;
    s.clock.now += 28_800_000;
    try {
      const res = await s.call({ method: 'GET', url: '/jobs', headers: { cookie } });
      expect(res.body).toBe(PAGE);
    } finally {
      s.clock.now = started;
    }
  });
});
