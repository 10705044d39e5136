/** The headers, caching, compression and limits every answer gets, on a page, an asset and the API. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/sandbox.ts';

let s: TestServer;
let token = '';
const ASSET = '/assets/index-abc123.js';
/** An asset the build compressed already, as `vite build` leaves them (a marker tells its copy apart). */
const PRECOMPRESSED = '/assets/entry-def456.js';
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  const built = `console.log(${JSON.stringify('y'.repeat(5000))});`;
  writeFileSync(join(dist, 'assets', 'entry-def456.js'), built);
  writeFileSync(join(dist, 'assets', 'entry-def456.js.br'), brotliCompressSync(`${built}//prebuilt`));
  writeFileSync(join(dist, 'assets', 'entry-def456.js.gz'), gzipSync(`${built}//prebuilt`));
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync('<!doctype html><title>app</title>'));
  s = await startTestServer({ TRUST_PROXY: '1', TOKEN_RATE_LIMIT: '5' }, { distDir: dist });
  token = await s.token();
});
afterAll(() => s.close());

const targets = () => [
  { name: 'the page', url: '/jobs' },
  { name: 'an asset', url: ASSET },
  { name: 'the API', url: '/webapi/v3/workflows', auth: true },
  { name: 'an API error', url: '/webapi/v3/jobs/nope' },
];

describe('security headers', () => {
  for (const t of targets()) {
    it(`on ${t.name}`, async () => {
      const res = await s.call({ method: 'GET', url: t.url, headers: t.auth ? { authorization: `Bearer ${token}` } : {} });
      const csp = String(res.headers['content-security-policy']);
      const directive = (name: string) =>
        csp
          .split(';')
          .find((d) => d.trim().startsWith(`${name} `))
          ?.trim();
      expect(directive('script-src')).toBe("script-src 'self'");
      expect(directive('connect-src')).toBe("connect-src 'self'");
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      // Plain HTTP: no HSTS.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });
  }

  it('HSTS when the page came over HTTPS (through a trusted reverse proxy)', async () => {
    const res = await s.call({ method: 'GET', url: '/jobs', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('caching and compression', () => {
  it('hashed assets are kept for good; the page is checked every time', async () => {
    expect((await s.call({ method: 'GET', url: ASSET })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/jobs']) expect((await s.call({ method: 'GET', url })).headers['cache-control']).toBe('no-cache');
  });

  it('sends the files the build compressed as they are, and the page is still checked every time', async () => {
    const br = await s.call({ method: 'GET', url: PRECOMPRESSED, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toMatch(/\/\/prebuilt$/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await s.call({ method: 'GET', url: PRECOMPRESSED, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).not.toContain('prebuilt');
    const page = await s.call({ method: 'GET', url: '/jobs', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('compresses assets and API answers for clients that accept it', async () => {
    const asset = await s.call({ method: 'GET', url: ASSET, headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toContain('console.log');
    const api = await s.call({
      method: 'GET',
      url: '/webapi/v3/jobs?allUsers=true&limit=100',
      headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    });
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-encoding']).toBe('gzip');
  });
});

describe('limits', () => {
  it('bodies over 64 KB are refused with a message', async () => {
    const res = await s.call({
      method: 'POST',
      url: '/webapi/oauth2/token',
      payload: `grant_type=client_credentials&client_id=${'k'.repeat(70 * 1024)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ message: string }>().message).toBeTruthy();
  });

  it('the token endpoint takes a few attempts a minute from one address, then says to wait', async () => {
    const attempt = (ip: string) =>
      s.call({
        method: 'POST',
        url: '/webapi/oauth2/token',
        payload: 'grant_type=client_credentials&client_id=admin-key&client_secret=wrong',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt('203.0.113.7')).statusCode);
    expect(statuses.slice(0, 5).every((c) => c === 400)).toBe(true);
    const refused = await attempt('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json<{ message: string }>().message).toMatch(/Too many sign-in attempts/);
    // Another address is not held back, and the rest of the API is not limited.
    expect((await attempt('203.0.113.8')).statusCode).toBe(400);
    for (let i = 0; i < 10; i++) expect((await s.get('/webapi/v3/workflows', token)).statusCode).toBe(200);
  });
});
