/**
 * Generated requests against the sandbox: random query strings on every endpoint, random ids
 * and methods, random token bodies, random sign-ins and session cookies. Every answer must be a 2xx, or a 4xx with a JSON
 * `message`; never a 5xx, and the server keeps answering.
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../contract/session.ts';
import { ADMIN, startTestServer, type TestServer } from '../../test/sandbox.ts';
import { signIn } from '../session/test-kit.ts';

let s: TestServer;
let token = '';
let jobId = '';
let workflowId = '';
/** `alteryx-jobs.session=<value>` of a live session. */
let cookie = '';
beforeAll(async () => {
  // With a built page, as in production: a path that resolves outside /webapi is the page (200), not "not built" (503).
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  s = await startTestServer({}, { distDir: dist });
  token = await s.token();
  jobId = ((await s.get('/webapi/v3/jobs?allUsers=true&limit=1&statuses=Complete', token)).json() as { data: { jobId: string }[] }).data[0]!
    .jobId;
  workflowId = ((await s.get('/webapi/v3/workflows', token)).json() as { id: string }[])[0]!.id;
  ({ cookie } = await signIn(s.app, ADMIN));
});
afterAll(() => s.close());

// The same requests every run, so a failure can be replayed; FUZZ_SEED explores others.
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
// `npm run soak` sends many times more.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const [API_RUNS, TOKEN_RUNS, SESSION_RUNS] = [4000 * SCALE, 1000 * SCALE, 1000 * SCALE];

const KEYS = [
  'sortField',
  'direction',
  'offset',
  'limit',
  'priorities',
  'statuses',
  'users',
  'allUsers',
  'workflowNames',
  'completedBefore',
  'completedAfter',
  'includeMessages',
  'status',
  'resultCode',
  'format',
  'x',
];
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '-1', '0', '1e309', 'NaN', 'null', 'true', '[]', '{}', '%', '%zz', '../..', '2026-02-30', '9'.repeat(40)),
  fc.integer().map(String),
  fc.double().map(String),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), nasty), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const id = fc.oneof(
  fc.constant('JOB'),
  fc.string({ minLength: 1 }).map(encodeURIComponent),
  fc.constantFrom('0', '%00', 'ffffffffffffffffffffffff', 'a'.repeat(3000), '..', '%2e%2e', ' '),
);
const method = fc.constantFrom('GET', 'GET', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const path = fc.oneof(
  fc.constant('/webapi/v3/jobs'),
  id.map((j) => `/webapi/v3/jobs/${j}`),
  id.map((j) => `/webapi/v3/jobs/${j}/messages`),
  fc.constant('/webapi/v3/users'),
  fc.constant('/webapi/v3/workflows'),
  id.map((w) => `/webapi/v3/workflows/${w}/jobs`),
  fc.tuple(id, id).map(([j, o]) => `/webapi/v1/jobs/${j}/output/${o}`),
  fc.string().map((x) => `/webapi/${encodeURIComponent(x)}`),
);
const tokenBody = fc.oneof(
  query.map((q) => ({ payload: q, type: 'application/x-www-form-urlencoded' })),
  fc.json().map((j) => ({ payload: j, type: 'application/json' })),
  fc.string().map((x) => ({ payload: x, type: 'application/json' })),
  fc.string().map((x) => ({ payload: x, type: fc.sample(fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data'), 1)[0]! })),
);
/** A Cookie header: none, the live session, it changed or cut short, junk, or beside other cookies. */
const cookieHeader = fc.oneof(
  fc.constant(undefined),
  fc.constant('LIVE'),
  fc.tuple(fc.nat(), fc.constantFrom('A', '_', '-', '=', '%', ' ')).map(([at, c]) => {
    const value = cookie.slice(SESSION_COOKIE.length + 1);
    const i = at % value.length;
    return `${SESSION_COOKIE}=${value.slice(0, i)}${c}${value.slice(i + 1)}`;
  }),
  fc.nat().map((n) => cookie.slice(0, Math.max(SESSION_COOKIE.length + 1, cookie.length - (n % 60)))),
  nasty.map((v) => `${SESSION_COOKIE}=${v}`),
  fc.string().map((v) => `${v}; ${SESSION_COOKIE}=${encodeURIComponent(v)}; a=b`),
  fc.string({ unit: 'binary' }),
);
const siteHeaders = fc.constantFrom<Record<string, string>>(
  {},
  { 'sec-fetch-site': 'same-origin' },
  { 'sec-fetch-site': 'cross-site' },
  { origin: 'http://localhost:80' },
  { origin: 'http://evil.example' },
  { origin: 'null' },
);
const signInBody = fc.oneof(
  fc
    .dictionary(
      fc.constantFrom('key', 'secret', 'token', 'x'),
      fc.oneof(
        nasty,
        fc.json().map((j) => JSON.parse(j) as unknown),
      ),
    )
    .map((d) => ({ payload: JSON.stringify(d), type: 'application/json' })),
  fc
    .constantFrom(ADMIN, { key: 'admin-key', secret: 'nope' }, { token: 'nope' })
    .map((b) => ({ payload: JSON.stringify(b), type: 'application/json' })),
  tokenBody,
);
const bodyFor = fc.option(fc.oneof(fc.json(), fc.string()), { nil: undefined });

function check(opts: InjectOptions, res: Awaited<ReturnType<TestServer['call']>>) {
  const where = `${String(opts.method)} ${String(opts.url)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (res.statusCode >= 400 && opts.method !== 'HEAD') {
    const body = res.json<{ message?: unknown }>();
    expect(typeof body.message, where).toBe('string');
  }
}

describe('fuzz', () => {
  it(
    `${API_RUNS.toLocaleString('en-US')} random API requests: never a 5xx, every refusal a JSON message`,
    async () => {
      await fc.assert(
        fc.asyncProperty(method, path, query, bodyFor, fc.boolean(), async (m, p, q, body, auth) => {
          const opts: InjectOptions = {
            method: m as InjectOptions['method'],
            url: `${p.replace('/workflows/JOB', `/workflows/${workflowId}`).replace('JOB', jobId)}${q ? `?${q}` : ''}`,
            headers: {
              ...(auth ? { authorization: `Bearer ${token}` } : {}),
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined || m === 'GET' || m === 'HEAD' ? {} : { payload: body }),
          };
          check(opts, await s.call(opts));
        }),
        { numRuns: API_RUNS, seed: SEED },
      );
    },
    180_000 * SCALE,
  );

  it(
    `${TOKEN_RUNS.toLocaleString('en-US')} random token requests: an answer, never a 5xx`,
    async () => {
      await fc.assert(
        fc.asyncProperty(tokenBody, fc.option(fc.string(), { nil: undefined }), async ({ payload, type }, basic) => {
          const opts: InjectOptions = {
            method: 'POST',
            url: '/webapi/oauth2/token',
            payload,
            headers: { 'content-type': type, ...(basic === undefined ? {} : { authorization: `Basic ${basic}` }) },
          };
          check(opts, await s.call(opts));
        }),
        { numRuns: TOKEN_RUNS, seed: SEED },
      );
    },
    120_000 * SCALE,
  );

  it(
    `${SESSION_RUNS.toLocaleString('en-US')} random sign-ins, session reads and sign-outs with random cookies: never a 5xx`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('POST', 'POST', 'GET', 'DELETE', 'PUT', 'HEAD', 'OPTIONS'),
          fc.constantFrom('', '?verify=1', '?verify=true', '?verify=%zz', '?verify=1&verify=0'),
          signInBody,
          cookieHeader,
          siteHeaders,
          async (m, q, { payload, type }, c, site) => {
            const opts: InjectOptions = {
              method: m as InjectOptions['method'],
              url: `/session${q}`,
              headers: { ...site, 'content-type': type, ...(c === undefined ? {} : { cookie: c === 'LIVE' ? cookie : c }) },
              ...(m === 'GET' || m === 'HEAD' ? {} : { payload }),
            };
            check(opts, await s.call(opts));
          },
        ),
        { numRuns: SESSION_RUNS, seed: SEED },
      );
    },
    120_000 * SCALE,
  );

  it(
    `${SESSION_RUNS.toLocaleString('en-US')} random API requests with random session cookies: never a 5xx`,
    async () => {
      await fc.assert(
        fc.asyncProperty(method, path, cookieHeader, siteHeaders, fc.boolean(), async (m, p, c, site, auth) => {
          const opts: InjectOptions = {
            method: m as InjectOptions['method'],
            url: p.replace('/workflows/JOB', `/workflows/${workflowId}`).replace('JOB', jobId),
            headers: {
              ...site,
              ...(auth ? { authorization: `Bearer ${token}` } : {}),
              ...(c === undefined ? {} : { cookie: c === 'LIVE' ? cookie : c }),
            },
          };
          check(opts, await s.call(opts));
        }),
        { numRuns: SESSION_RUNS, seed: SEED },
      );
    },
    120_000 * SCALE,
  );

  it('still answers normally afterwards', async () => {
    expect((await s.get('/webapi/v3/jobs?allUsers=true&limit=5', token)).statusCode).toBe(200);
    expect((await s.call({ method: 'GET', url: '/webapi/v3/jobs?allUsers=true&limit=5', headers: { cookie } })).statusCode).toBe(200);
  });
});
