/**
 * What a request writes to the log: nothing at the default level `info`, one line at `debug`,
 * a warning for a 5xx answer; and never a token, a secret, a cookie or a query string.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLogs } from '../test/collect-logs.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, ARTISAN, startTestServer, type TestServer } from '../test/sandbox.ts';
import { buildServer } from './app.ts';
import { loadConfig } from './config.ts';

interface Line {
  level: number;
  msg: string;
  method?: string;
  path?: string;
  statusCode?: number;
  responseTime?: number;
}

const DEBUG = 20;
const WARN = 40;
const ERROR = 50;

let s: TestServer | undefined;
let dist: string | undefined;
afterEach(async () => {
  await s?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
  s = dist = undefined;
});

/** A server with a built dashboard, so that its pages answer 200. */
function start(env: Record<string, string> = {}): Promise<TestServer> {
  dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  return startTestServer(env, { distDir: dist });
}

/** The log lines written while `run` runs. */
async function linesDuring(logs: string[], run: () => Promise<unknown>): Promise<Line[]> {
  const before = logs.length;
  await run();
  return logs
    .slice(before)
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

/** Pages and a file, /healthz, a list, a missing job, an unknown path, a bad parameter; the last without a token. */
const URLS = [
  '/',
  '/jobs?status=Running',
  '/assets/app-abc123.js',
  '/healthz',
  '/webapi/v3/jobs?limit=5',
  '/webapi/v3/jobs/no-such-job',
  '/webapi/v9/whatever',
  '/webapi/v3/jobs?limit=banana',
  '/webapi/v3/users',
];

async function someRequests(server: TestServer, token: string): Promise<{ method: string; path: string; status: number }[]> {
  const seen = [];
  for (const [i, url] of URLS.entries()) {
    const res = await server.get(url, i < URLS.length - 1 ? token : undefined);
    seen.push({ method: 'GET', path: url.split('?')[0]!, status: res.statusCode });
  }
  return seen;
}

describe('at the default level, info', () => {
  it('a request writes no log line at all', async () => {
    s = await start();
    const token = await s.token();
    let seen: Awaited<ReturnType<typeof someRequests>> = [];
    const lines = await linesDuring(s.logs, async () => {
      seen = await someRequests(s!, token);
      seen.push(...(await someRequests(s!, token)));
    });
    expect(new Set(seen.map((r) => r.status))).toEqual(new Set([200, 400, 401, 404]));
    expect(lines).toEqual([]);
  });
});

describe('at debug', () => {
  it('each request writes exactly one line: method, path, status code, response time', async () => {
    s = await start({ LOG_LEVEL: 'debug' });
    const token = await s.token();
    let seen: Awaited<ReturnType<typeof someRequests>> = [];
    const lines = await linesDuring(s.logs, async () => (seen = await someRequests(s!, token)));
    expect(lines).toHaveLength(seen.length);
    lines.forEach((line, i) => {
      const { method, path, status } = seen[i]!;
      expect(line).toMatchObject({ level: DEBUG, method, path, statusCode: status });
      expect(line.responseTime).toBeGreaterThanOrEqual(0);
      expect(line.msg).toBe(`${method} ${path} ${status} ${line.responseTime} ms`);
    });
  });
});

describe('secrets', () => {
  for (const level of ['debug', 'trace']) {
    it(`no token, secret, cookie, Authorization header or query string reaches the log, even at ${level}`, async () => {
      s = await start({ LOG_LEVEL: level });
      const token = await s.token(ADMIN);
      await s.token(ARTISAN);
      const basic = Buffer.from('admin-key:admin-secret').toString('base64');
      const lines = await linesDuring(s.logs, async () => {
        await s!.call({
          method: 'GET',
          url: '/webapi/v3/jobs?q=secret&limit=5',
          headers: { authorization: 'Bearer secret-token-xyz', cookie: 'session=cookie-value-123' },
        });
        await s!.call({ method: 'GET', url: '/webapi/v3/users?q=secret', headers: { authorization: `Bearer ${token}` } });
        await s!.call({
          method: 'POST',
          url: '/webapi/oauth2/token?q=secret',
          headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'grant_type=client_credentials',
        });
      });
      // The requests were logged, by path.
      expect(lines.map((l) => l.path)).toEqual(['/webapi/v3/jobs', '/webapi/v3/users', '/webapi/oauth2/token']);
      const text = s.logs.join('');
      for (const secret of [
        'secret-token-xyz',
        'q=secret',
        '?',
        token,
        'admin-secret',
        'artisan-secret',
        basic,
        'cookie-value-123',
        'Bearer',
        'Basic',
        'authorization',
        'cookie',
      ]) {
        expect(text, secret).not.toContain(secret);
      }
    });
  }
});

describe('failures are seen at info', () => {
  it('an unexpected error is an error, with its answer a warning', async () => {
    s = await start();
    s.app.get('/boom', async () => {
      throw new Error('it broke');
    });
    const lines = await linesDuring(s.logs, async () => {
      expect((await s!.call({ method: 'GET', url: '/boom?q=secret' })).statusCode).toBe(500);
    });
    expect(lines).toMatchObject([
      { level: ERROR, msg: 'it broke' },
      { level: WARN, method: 'GET', path: '/boom', statusCode: 500 },
    ]);
    expect(s.logs.join('')).not.toContain('secret');
  });

  it('a 5xx answer is a warning, with the upstream failure before it', async () => {
    // A port nothing listens on: the "Alteryx Server" refuses every connection.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const dir = mkdtempSync(join(tmpdir(), 'logging-'));
    const { logs, logStream } = collectLogs();
    const config = loadConfig({
      ALTERYX_URL: `http://127.0.0.1:${port}/webapi/`,
      LOG_LEVEL: 'info',
      SANDBOX_DB: join(dir, 'never.sqlite'),
    });
    const { app } = await buildServer(config, { logStream, distDir: join(dir, 'no-dist') });
    try {
      const lines = await linesDuring(logs, async () => {
        expect((await app.inject({ method: 'GET', url: '/webapi/v3/jobs?q=secret' })).statusCode).toBe(502);
        expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);
      });
      expect(lines.every((l) => l.level >= WARN)).toBe(true);
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'upstream failed' }));
      expect(lines.filter((l) => l.path)).toMatchObject([
        { level: WARN, method: 'GET', path: '/webapi/v3/jobs', statusCode: 502 },
        { level: WARN, method: 'GET', path: '/healthz', statusCode: 503 },
      ]);
      expect(logs.join('')).not.toContain('secret');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
