import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/sandbox.ts';
import { loadConfig } from './config.ts';

let s: TestServer;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  s = await startTestServer({}, { distDir: dist });
});
afterAll(() => s.close());

describe('serving the dashboard', () => {
  it('serves index.html at / and for any page route (history fallback)', async () => {
    for (const url of ['/', '/jobs', '/jobs/abc?x=1', '/some/deep/page']) {
      const res = await s.call({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>app</title>');
    }
  });

  it('serves built files, and a 404 for a missing one rather than the page', async () => {
    expect((await s.call({ method: 'GET', url: '/assets/app-abc123.js' })).body).toBe('console.log(1)');
    expect((await s.call({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await s.call({ method: 'GET', url: '/favicon-missing.png' })).statusCode).toBe(404);
  });

  it('unknown /webapi paths are JSON 404s, not the page', async () => {
    const res = await s.call({ method: 'GET', url: '/webapi/v9/whatever' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBeTruthy();
  });

  it('/healthz reports the mode and the history cap the pages follow', async () => {
    expect((await s.call({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok', mode: 'sandbox', historyMaxJobs: 50_000 });
  });

  it('/healthz says a HISTORY_MAX_JOBS that was set', async () => {
    const other = await startTestServer({ HISTORY_MAX_JOBS: '1234' });
    try {
      expect((await other.call({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ historyMaxJobs: 1234 });
    } finally {
      await other.close();
    }
  });
});

describe('configuration', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      SANDBOX_DB: 'data/sandbox.sqlite',
      SANDBOX_JOBS: 5000,
      SANDBOX_SIMULATE: true,
      SANDBOX_WORKERS: 4,
      SANDBOX_TOKEN_TTL: 3600,
      HISTORY_MAX_JOBS: 50_000,
    });
    expect(loadConfig({ SANDBOX_SIMULATE: '0' }).SANDBOX_SIMULATE).toBe(false);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', SANDBOX_WORKERS: '0' })).toThrow(/PORT: must be a whole number[\s\S]*SANDBOX_WORKERS/);
    expect(() => loadConfig({ ALTERYX_URL: 'ftp://x' })).toThrow(/ALTERYX_URL/);
    expect(() => loadConfig({ HISTORY_MAX_JOBS: 'lots' })).toThrow(/HISTORY_MAX_JOBS: must be a whole number/);
  });
});

describe('caching', () => {
  it('index.html is never served from a stale cache', async () => {
    for (const url of ['/', '/jobs']) expect((await s.call({ method: 'GET', url })).headers['cache-control']).toBe('no-cache');
  });
});
