/**
 * The session in proxy mode, against a stand-in Alteryx Server: it sees the session's
 * bearer token and never the cookie, never a cross-site cancel, and its refusals and
 * failures come back with its own words.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_MESSAGES } from '../../contract/session.ts';
import { buildServer } from '../app.ts';
import { loadConfig } from '../config.ts';
import { collectLogs } from '../../test/collect-logs.ts';
import { cookieFrom, SAME_ORIGIN, sessionSetCookie, signIn } from './test-kit.ts';

const KEY = { key: 'real-key', secret: 'real-secret' };
const BASIC = `Basic ${Buffer.from('real-key:real-secret').toString('base64')}`;

/** A stand-in server: tokens for KEY, a Curator's /v3/users, and `{}` for the rest of /webapi. */
function standIn() {
  const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = [];
  const state = { tokens: 0, expiresIn: 3600, tokenEndpoint: 'up' as 'up' | 'down' };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers });
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/webapi/oauth2/token') {
        if (state.tokenEndpoint === 'down') return json(503, { Message: 'The server is being updated.' });
        if (req.headers.authorization !== BASIC)
          return json(400, { error: 'invalid_client', error_description: 'Invalid client credentials.' });
        return json(200, { access_token: `up-token-${++state.tokens}`, token_type: 'bearer', expires_in: state.expiresIn });
      }
      if (!/^Bearer up-token-\d+$/.test(req.headers.authorization ?? ''))
        return json(401, { Message: 'Authorization has been denied for this request.' });
      json(200, req.url === '/webapi/v3/users' ? [] : {});
    });
  });
  return {
    seen,
    state,
    listen: () => new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port))),
    close: () => new Promise((r) => server.close(r)),
  };
}

async function proxyTo(port: number, clock: { now: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-session-'));
  const { logs, logStream } = collectLogs();
  const config = loadConfig({
    ALTERYX_URL: `http://127.0.0.1:${port}/webapi`,
    SANDBOX_DB: join(dir, 'never.sqlite'),
    SESSION_SECRET_FILE: join(dir, 'session-secret'),
    LOG_LEVEL: 'debug',
  });
  const { app } = await buildServer(config, { logStream, distDir: join(dir, 'no-dist'), now: () => clock.now });
  return { app, logs, close: async () => (await app.close(), rmSync(dir, { recursive: true, force: true })) };
}

describe('in proxy mode', () => {
  const up = standIn();
  const clock = { now: Date.now() };
  let port = 0;
  let proxy: { app: FastifyInstance; logs: string[]; close(): Promise<void> };
  beforeAll(async () => {
    port = await up.listen();
    proxy = await proxyTo(port, clock);
  });
  afterAll(async () => {
    await proxy.close();
    await up.close();
  });

  it('signs in through the upstream’s token endpoint, as HTTP Basic; SessionInfo names the host', async () => {
    const { res } = await signIn(proxy.app, KEY);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      apiKey: 'real-key',
      role: 'curator',
      expiresAt: clock.now + 28_800_000,
      server: { mode: 'proxy', host: `127.0.0.1:${port}` },
    });
    const token = up.seen.find((s) => s.url === '/webapi/oauth2/token')!;
    expect(token.headers.authorization).toBe(BASIC);
    // The server's own mark stays with the server.
    for (const s of up.seen) expect(Object.keys(s.headers).filter((h) => h.startsWith('x-alteryx'))).toEqual([]);
  });

  it('the upstream gets Authorization: Bearer and no cookie at all', async () => {
    const { cookie } = await signIn(proxy.app, KEY);
    const res = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs?limit=1', headers: { cookie: `theme=dark; ${cookie}` } });
    expect(res.statusCode).toBe(200);
    const last = up.seen.at(-1)!;
    expect(last.url).toBe('/webapi/v3/jobs?limit=1');
    expect(last.headers.authorization).toMatch(/^Bearer up-token-\d+$/);
    expect(last.headers.cookie).toBeUndefined();
  });

  it('a cross-site cancel never reaches the upstream; the same from the page does, once', async () => {
    const { cookie } = await signIn(proxy.app, KEY);
    const before = up.seen.length;
    const refused = await proxy.app.inject({
      method: 'DELETE',
      url: '/webapi/v3/jobs/abc',
      headers: { cookie, origin: 'http://evil.example' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ message: SESSION_MESSAGES.crossSite });
    expect(up.seen.length).toBe(before);
    const sent = await proxy.app.inject({ method: 'DELETE', url: '/webapi/v3/jobs/abc', headers: { cookie, ...SAME_ORIGIN } });
    expect(sent.statusCode).toBe(200);
    expect(up.seen.slice(before).map((s) => `${s.method} ${s.url}`)).toEqual(['DELETE /webapi/v3/jobs/abc']);
  });

  it('credentials the upstream refuses (400 invalid_client): 401 with its message', async () => {
    const { res } = await signIn(proxy.app, { key: 'real-key', secret: 'nope' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'Invalid client credentials.' });
  });

  it('an upstream down at sign-in: its status and message', async () => {
    up.state.tokenEndpoint = 'down';
    try {
      const { res } = await signIn(proxy.app, KEY);
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ message: 'The server is being updated.' });
    } finally {
      up.state.tokenEndpoint = 'up';
    }
  });

  it('a renewal the upstream cannot answer: the old token while it lasts, then its failure, and the session kept', async () => {
    up.state.expiresIn = 90;
    const { cookie } = await signIn(proxy.app, KEY);
    up.state.expiresIn = 3600;
    up.state.tokenEndpoint = 'down';
    const started = clock.now;
    try {
      clock.now += 45_000;
      const early = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/workflows', headers: { cookie } });
      expect(early.statusCode).toBe(200);
      expect(sessionSetCookie(early)).toBeUndefined();
      clock.now += 60_000;
      const late = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/workflows', headers: { cookie } });
      expect(late.statusCode).toBe(503);
      expect(late.json()).toEqual({ message: 'The server is being updated.' });
      expect(sessionSetCookie(late)).toBeUndefined();
      up.state.tokenEndpoint = 'up';
      const back = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/workflows', headers: { cookie } });
      expect(back.statusCode).toBe(200);
      expect(cookieFrom(back)).toBeDefined();
    } finally {
      up.state.tokenEndpoint = 'up';
      clock.now = started;
    }
  });

  it('logs no token, secret or cookie', async () => {
    const { cookie } = await signIn(proxy.app, KEY);
    await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs', headers: { cookie } });
    const text = proxy.logs.join('');
    expect(text).toContain('"path":"/session"');
    for (const secret of ['up-token', 'real-secret', BASIC.slice(6), cookie.split('=')[1]!, 'Bearer', 'cookie'])
      expect(text).not.toContain(secret);
  });
});

describe('an upstream that is not there', () => {
  it('sign-in answers 502 with the proxy’s message', async () => {
    const gone = standIn();
    const port = await gone.listen();
    await gone.close();
    const proxy = await proxyTo(port, { now: Date.now() });
    try {
      const { res } = await signIn(proxy.app, KEY);
      expect(res.statusCode).toBe(502);
      expect(res.json()).toEqual({ message: 'The Alteryx Server could not be reached: it refused the connection.' });
    } finally {
      await proxy.close();
    }
  });
});
