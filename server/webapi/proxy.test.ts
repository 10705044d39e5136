/**
 * The proxy against upstreams started here: what goes through unchanged, what is dropped,
 * what is refused before anything is sent, and how failures are answered.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLogs } from '../../test/collect-logs.ts';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../app.ts';
import { loadConfig } from '../config.ts';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** An upstream that records what reached it; `handle` decides the answer. */
async function upstream(
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void = (_q, res) => res.end('{}'),
  make: (fn: (req: IncomingMessage, res: ServerResponse) => void) => Server = createHttp,
) {
  const seen: Seen[] = [];
  const server = make((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handle(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { seen, port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
}

async function proxyTo(url: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'proxy-'));
  const { logs, logStream } = collectLogs();
  const config = loadConfig({ ALTERYX_URL: url, SANDBOX_DB: join(dir, 'never.sqlite'), LOG_LEVEL: 'info', ...env });
  const { app, webapi } = await buildServer(config, { logStream, distDir: join(dir, 'no-dist') });
  return { app, webapi, logs, dir, close: async () => (await app.close(), rmSync(dir, { recursive: true, force: true })) };
}

describe('forwarding', () => {
  let up: Awaited<ReturnType<typeof upstream>>;
  let proxy: Awaited<ReturnType<typeof proxyTo>>;
  beforeAll(async () => {
    up = await upstream((req, res, body) => {
      if (req.url!.includes('/v3/jobs/missing')) {
        res.writeHead(404, {
          'content-type': 'text/plain',
          'x-upstream': 'yes',
          'keep-alive': 'timeout=99',
          connection: 'x-hop',
          'x-hop': '1',
        });
        return res.end('no such job');
      }
      if (req.url!.includes('/v3/jobs/secret')) {
        res.writeHead(401, { 'content-type': 'application/json' });
        return res.end('{"Message":"Authorization has been denied for this request."}');
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'yes' });
      res.end(JSON.stringify({ echo: body }));
    });
    proxy = await proxyTo(`http://127.0.0.1:${up.port}/webapi`);
  });
  afterAll(async () => {
    await proxy.close();
    await up.close();
  });

  it('maps /webapi/* to the upstream path, with the query string and Authorization unchanged', async () => {
    const res = await proxy.app.inject({
      method: 'GET',
      url: '/webapi/v3/jobs?allUsers=true&statuses=Queued&statuses=Running&sortField=CreateDate',
      headers: { authorization: 'Bearer abc.def', 'x-custom': 'kept' },
    });
    expect(res.statusCode).toBe(200);
    const last = up.seen.at(-1)!;
    expect(last.url).toBe('/webapi/v3/jobs?allUsers=true&statuses=Queued&statuses=Running&sortField=CreateDate');
    expect(last.headers.authorization).toBe('Bearer abc.def');
    expect(last.headers['x-custom']).toBe('kept');
    expect(last.headers.host).toBe(`127.0.0.1:${up.port}`);
    expect(res.headers['x-upstream']).toBe('yes');
  });

  it('passes the token request body through as it came, and the answer back unchanged', async () => {
    const form = 'grant_type=client_credentials&client_id=k&client_secret=s%2Bx';
    const res = await proxy.app.inject({
      method: 'POST',
      url: '/webapi/oauth2/token',
      payload: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Basic a2V5OnNlY3JldA==' },
    });
    expect(res.json()).toEqual({ echo: form });
    const last = up.seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', url: '/webapi/oauth2/token', body: form });
    expect(last.headers.authorization).toBe('Basic a2V5OnNlY3JldA==');
  });

  it('forwards a cancel (DELETE) once', async () => {
    const before = up.seen.length;
    const res = await proxy.app.inject({ method: 'DELETE', url: '/webapi/v3/jobs/abc123', headers: { authorization: 'Bearer t' } });
    expect(res.statusCode).toBe(200);
    expect(up.seen.slice(before).map((s) => `${s.method} ${s.url}`)).toEqual(['DELETE /webapi/v3/jobs/abc123']);
  });

  it('drops hop-by-hop headers both ways, and the dashboard’s cookies', async () => {
    await proxy.app.inject({
      method: 'GET',
      url: '/webapi/v3/jobs/missing',
      headers: {
        connection: 'keep-alive, x-private',
        'x-private': '1',
        'keep-alive': 'timeout=5',
        te: 'trailers',
        'proxy-authorization': 'Basic x',
        cookie: 'a=b',
      },
    });
    const h = up.seen.at(-1)!.headers;
    for (const name of ['x-private', 'keep-alive', 'te', 'proxy-authorization', 'cookie']) expect(h[name], name).toBeUndefined();
  });

  it('returns upstream status codes and bodies unchanged, including a 401 with Message', async () => {
    const missing = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs/missing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toBe('no such job');
    expect(missing.headers['x-upstream']).toBe('yes');
    expect(missing.headers['keep-alive']).toBeUndefined();
    expect(missing.headers['x-hop']).toBeUndefined();
    const denied = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs/secret' });
    expect(denied.statusCode).toBe(401);
    expect(denied.json()).toEqual({ Message: 'Authorization has been denied for this request.' });
  });

  it('creates no sandbox database and logs no credentials', async () => {
    expect(existsSync(join(proxy.dir, 'never.sqlite'))).toBe(false);
    const logs = proxy.logs.join('');
    expect(logs).not.toContain('abc.def');
    expect(logs).not.toContain('a2V5OnNlY3JldA');
    expect(logs).not.toMatch(/authorization/i);
  });

  it('says in /healthz that it is a proxy, to which host, and that the host answers', async () => {
    const res = await proxy.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      mode: 'proxy',
      upstream: `127.0.0.1:${up.port}`,
      upstreamAnswers: true,
      historyMaxJobs: 50_000,
    });
  });
});

describe('escapes are refused before anything is sent', () => {
  let up: Awaited<ReturnType<typeof upstream>>;
  let elsewhere: Awaited<ReturnType<typeof upstream>>;
  let proxy: Awaited<ReturnType<typeof proxyTo>>;
  let port = 0;
  beforeAll(async () => {
    up = await upstream();
    elsewhere = await upstream();
    proxy = await proxyTo(`http://127.0.0.1:${up.port}/webapi`);
    await proxy.app.listen({ port: 0, host: '127.0.0.1' });
    port = (proxy.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await proxy.close();
    await up.close();
    await elsewhere.close();
  });

  /** Sends a request line exactly as written (no client-side normalising) and returns the status. */
  function raw(target: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
      );
      let data = '';
      socket.on('data', (c: Buffer) => (data += c.toString()));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
      socket.on('error', reject);
    });
  }

  const attempts = [
    '/webapi/../secret',
    '/webapi/v3/../../secret',
    '/webapi/%2e%2e/secret',
    '/webapi/.%2E/secret',
    '/webapi/v3/jobs/..%2fsecret',
    '/webapi/v3/jobs/%2F%2Fevil.example',
    '/webapi/v3/%5c..%5csecret',
    '/webapi/..;/secret',
    '/webapi//evil.example/x',
    '/webapi/./v3/jobs',
  ];
  for (const target of attempts) {
    it(`refuses ${target}`, async () => {
      const before = up.seen.length;
      const status = await raw(target);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(up.seen.length).toBe(before);
    });
  }

  it('never lets a request name another host', async () => {
    for (const target of [
      `http://127.0.0.1:${elsewhere.port}/webapi/v3/jobs`,
      `//127.0.0.1:${elsewhere.port}/webapi/v3/jobs`,
      `/webapi/http://127.0.0.1:${elsewhere.port}/x`,
      `/webapi/@127.0.0.1:${elsewhere.port}/x`,
    ]) {
      // Whatever the answer (a 400, or the dashboard's own page), nothing goes elsewhere.
      await raw(target);
    }
    expect(elsewhere.seen).toEqual([]);
    // What did reach the upstream stayed under its /webapi.
    for (const s of up.seen) expect(s.url.startsWith('/webapi/')).toBe(true);
  });
});

describe('failures', () => {
  it('an upstream that does not answer in time: 504 with a message', async () => {
    const up = await upstream(() => undefined);
    const proxy = await proxyTo(`http://127.0.0.1:${up.port}/webapi`, { ALTERYX_TIMEOUT: '1' });
    const res = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs' });
    expect(res.statusCode).toBe(504);
    expect(res.json()).toEqual({ message: 'The Alteryx Server did not answer within 1 s.' });
    await proxy.close();
    await up.close();
  });

  it('an upstream that is not there: 502 with a message, and /healthz says so', async () => {
    const gone = await upstream();
    const port = gone.port;
    await gone.close();
    const proxy = await proxyTo(`http://127.0.0.1:${port}/webapi`);
    const res = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs' });
    expect(res.statusCode).toBe(502);
    expect(res.json()).toEqual({ message: 'The Alteryx Server could not be reached: it refused the connection.' });
    const health = await proxy.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ mode: 'proxy', upstreamAnswers: false });
    await proxy.close();
  });
});

describe('TLS', () => {
  let up: Awaited<ReturnType<typeof upstream>>;
  beforeAll(async () => {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    up = await upstream(
      (_q, res) => res.end('{"ok":true}'),
      (fn) => createHttps({ key: pems.private, cert: pems.cert }, fn),
    );
  });
  afterAll(async () => up.close());

  it('verifies certificates by default: an untrusted one is a 502 that says what to do', async () => {
    const proxy = await proxyTo(`https://127.0.0.1:${up.port}/webapi`);
    const res = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs' });
    expect(res.statusCode).toBe(502);
    expect(res.json<{ message: string }>().message).toMatch(/TLS certificate is not trusted .*NODE_EXTRA_CA_CERTS/);
    expect(up.seen).toEqual([]);
    await proxy.close();
  });

  it('ALTERYX_TLS_INSECURE=1 skips the check', async () => {
    const proxy = await proxyTo(`https://127.0.0.1:${up.port}/webapi`, { ALTERYX_TLS_INSECURE: '1' });
    const res = await proxy.app.inject({ method: 'GET', url: '/webapi/v3/jobs' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    await proxy.close();
  });
});
