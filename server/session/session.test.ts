/**
 * The server-held session against the sandbox: signing in at /session, the cookie carrying
 * the token to /webapi, signing out, cookies that are tampered with or too old, and
 * cross-site requests refused before the sandbox sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfo, SESSION_COOKIE, SESSION_MESSAGES } from '../../contract/session.ts';
import { findJob } from '../../test/fixtures.ts';
import { ADMIN, ARTISAN, startTestServer, type TestServer } from '../../test/sandbox.ts';
import { hashToken } from '../sandbox/auth.ts';
import { cookieFrom, freshToken, SAME_ORIGIN, sessionSetCookie, signIn } from './test-kit.ts';

const SECRET = 'a-session-secret-for-tests-only-0123456789';
const MAX_AGE = 600;
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ SESSION_SECRET: SECRET, SESSION_MAX_AGE: String(MAX_AGE), LOG_LEVEL: 'debug' });
});
afterAll(() => s.close());

const LIST = '/webapi/v3/jobs?allUsers=true&limit=5';
const get = (url: string, cookie: string) => s.call({ method: 'GET', url, headers: { cookie } });
const jobStatus = (id: string) =>
  (s.sandbox.db.prepare('SELECT status FROM jobs WHERE id = ?').get(id) as { status: string } | undefined)?.status;

describe('POST /session', () => {
  it('signs a Curator in with a key and secret: SessionInfo and a sealed, HttpOnly, SameSite=Strict cookie', async () => {
    const { res, cookie } = await signIn(s.app, ADMIN);
    expect(res.statusCode).toBe(200);
    const info = SessionInfo.parse(res.json());
    expect(info).toEqual({
      apiKey: 'admin-key',
      role: 'curator',
      expiresAt: s.clock.now + MAX_AGE * 1000,
      server: { mode: 'sandbox', host: null },
    });
    const line = sessionSetCookie(res)!;
    expect(line).toMatch(new RegExp(`^${SESSION_COOKIE.replace('.', '\\.')}=[A-Za-z0-9_-]+; `));
    expect(line.split('; ').slice(1)).toEqual(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${MAX_AGE}`]);
    expect(res.headers['cache-control']).toBe('no-store');
    // Nothing of the credentials can be read from the cookie.
    for (const secret of ['admin-key', 'admin-secret', 'curator']) expect(cookie).not.toContain(secret);
  });

  it('a key that is not a Curator’s is "other"', async () => {
    const { res } = await signIn(s.app, ARTISAN);
    expect(res.json()).toMatchObject({ apiKey: 'artisan-key', role: 'other' });
  });

  it('takes a form body too', async () => {
    const res = await s.call({
      method: 'POST',
      url: '/session',
      payload: 'key=admin-key&secret=admin-secret',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'curator' });
  });

  it('a pasted token: 200 without a key', async () => {
    const { res, cookie } = await signIn(s.app, { token: await s.token(ARTISAN) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ apiKey: null, role: 'other' });
    expect((await get('/webapi/v3/workflows', cookie)).statusCode).toBe(200);
  });

  it('a wrong secret: 401 with the sandbox’s own message, and no cookie', async () => {
    const { res } = await signIn(s.app, { key: 'admin-key', secret: 'wrong' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'The API key or secret is not valid.' });
    expect(sessionSetCookie(res)).toBeUndefined();
    expect(res.body).not.toContain('wrong');
  });

  it('a token the sandbox does not know: 401 with its message', async () => {
    const { res } = await signIn(s.app, { token: 'not-a-token' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'Authorization has been denied for this request.' });
  });

  it.each([
    ['no body', undefined, 'application/json', /empty/],
    ['JSON that does not parse', '{"key":', 'application/json', /not valid JSON/],
    ['an array', '[]', 'application/json', /not an object/],
    ['null', 'null', 'application/json', /not an object/],
    ['neither shape', '{"user":"x"}', 'application/json', /neither a key and secret nor a token/],
    ['both shapes', '{"key":"a","secret":"b","token":"c"}', 'application/json', /not both/],
    ['a missing secret', '{"key":"admin-key"}', 'application/json', /^secret is missing\.$/],
    ['an empty key', 'key=&secret=x', 'application/x-www-form-urlencoded', /^key is empty\.$/],
    ['a number for a token', '{"token":5}', 'application/json', /^token must be text\.$/],
    ['a token too long', JSON.stringify({ token: 'x'.repeat(2049) }), 'application/json', /^token is longer than 2048 characters\.$/],
    ['plain text', 'key=a', 'text/plain', /JSON or as a form/],
  ])('%s: 400 naming what is wrong', async (_what, payload, type, message) => {
    const res = await s.call({
      method: 'POST',
      url: '/session',
      headers: { 'content-type': type },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(message);
  });
});

describe('with the cookie', () => {
  it('/webapi answers with the session’s token; GET /session says who; DELETE /session signs out', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    const list = await get(LIST, cookie);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ data: unknown[] }>().data).toHaveLength(5);

    const who = await get('/session', cookie);
    expect(who.statusCode).toBe(200);
    expect(SessionInfo.parse(who.json())).toMatchObject({ apiKey: 'admin-key', role: 'curator' });
    expect(who.headers['cache-control']).toBe('no-store');
    const verified = await get('/session?verify=1', cookie);
    expect(verified.statusCode).toBe(200);

    const out = await s.call({ method: 'DELETE', url: '/session', headers: { cookie, ...SAME_ORIGIN } });
    expect(out.statusCode).toBe(204);
    expect(sessionSetCookie(out)).toMatch(/^alteryx-jobs\.session=; .*Max-Age=0/);
    // The browser drops the cookie; a request without it has no token.
    expect((await s.call({ method: 'GET', url: LIST })).statusCode).toBe(401);
  });

  it('a request with its own Authorization keeps it (a script), and the cookie adds nothing', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    const artisan = await s.token(ARTISAN);
    const res = await s.call({ method: 'GET', url: '/webapi/v3/users', headers: { cookie, authorization: `Bearer ${artisan}` } });
    // The artisan's token, not the Curator's session, answered.
    expect(res.statusCode).toBe(401);
    // Nor is such a request held to the same-origin rule: it does not use the session, and a
    // page of another site cannot give a browser's request an Authorization of its choosing.
    const token = await s.token(ADMIN);
    const queued = await s.call({
      method: 'POST',
      url: '/webapi/v3/workflows/nope/jobs',
      headers: { cookie, authorization: `Bearer ${token}`, origin: 'http://evil.example', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(queued.statusCode).not.toBe(403);
  });

  it('the token endpoint works as before for a key and secret in the form, whatever cookie comes with it', async () => {
    for (const cookie of [(await signIn(s.app, ADMIN)).cookie, `${SESSION_COOKIE}=garbage`]) {
      const res = await s.call({
        method: 'POST',
        url: '/webapi/oauth2/token',
        payload: 'grant_type=client_credentials&client_id=artisan-key&client_secret=artisan-secret',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN },
      });
      expect(res.statusCode).toBe(200);
      expect(sessionSetCookie(res)).toBeUndefined();
    }
  });

  it('GET /session without a cookie: 401 Not signed in', async () => {
    const res = await s.call({ method: 'GET', url: '/session' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: SESSION_MESSAGES.notSignedIn });
    expect(sessionSetCookie(res)).toBeUndefined();
  });

  it('GET /session?verify=1 with a token that is no longer accepted: 401 with the server’s message, cookie cleared', async () => {
    const token = await freshToken(s.app, ADMIN);
    const { cookie } = await signIn(s.app, { token });
    s.sandbox.db.prepare('DELETE FROM tokens WHERE hash = ?').run(hashToken(token));
    expect((await get('/session', cookie)).statusCode).toBe(200);
    const res = await get('/session?verify=1', cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'Authorization has been denied for this request.' });
    expect(sessionSetCookie(res)).toMatch(/Max-Age=0/);
  });
});

describe('cookies that are not (or no longer) a session', () => {
  const INVALID = { message: SESSION_MESSAGES.invalidForApi };

  it('a tampered cookie: 401 with a message and the cookie cleared, never a 500', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    const value = cookie.split('=')[1]!;
    const flipped = value.slice(0, 20) + (value[20] === 'A' ? 'B' : 'A') + value.slice(21);
    for (const bad of [flipped, value.slice(0, -4), 'garbage', '', '%%%', 'x'.repeat(9000)]) {
      const res = await get(LIST, `${SESSION_COOKIE}=${bad}`);
      expect(res.statusCode, bad.slice(0, 30)).toBe(401);
      expect(res.json()).toEqual(INVALID);
      expect(sessionSetCookie(res)).toMatch(/Max-Age=0/);
      const who = await get('/session', `${SESSION_COOKIE}=${bad}`);
      expect(who.statusCode).toBe(401);
      expect(who.json()).toEqual({ message: SESSION_MESSAGES.notSignedIn });
    }
  });

  it('a cookie sealed with another SESSION_SECRET (the key was rotated): simply not signed in', async () => {
    const other = await startTestServer({ SESSION_SECRET: 'another-secret-another-secret-another-secret' });
    try {
      const { cookie } = await signIn(other.app, ADMIN);
      expect((await get(LIST, cookie)).json()).toEqual(INVALID);
      expect((await get('/session', cookie)).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('an expired session: 401 with a message, whatever the token', async () => {
    const { cookie } = await signIn(s.app, { token: await s.token(ADMIN) });
    const started = s.clock.now;
    s.clock.now += MAX_AGE * 1000;
    try {
      const res = await get('/webapi/v3/workflows', cookie);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(INVALID);
      const who = await get('/session', cookie);
      expect(who.json()).toEqual({ message: SESSION_MESSAGES.expired });
      expect(sessionSetCookie(who)).toMatch(/Max-Age=0/);
    } finally {
      s.clock.now = started;
    }
  });

  it('other cookies beside it are ignored', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    expect((await get(LIST, `theme=dark; ${cookie}; other=1`)).statusCode).toBe(200);
  });
});

describe('cross-site requests', () => {
  const CROSS_SITE: Record<string, Record<string, string>> = {
    'an Origin of another site': { origin: 'http://evil.example' },
    'Sec-Fetch-Site: cross-site': { 'sec-fetch-site': 'cross-site' },
    'Sec-Fetch-Site: same-site': { 'sec-fetch-site': 'same-site' },
    'neither header': {},
  };

  for (const [what, headers] of Object.entries(CROSS_SITE)) {
    it(`a cancel with the cookie and ${what}: 403, and the job is unchanged`, async () => {
      const { cookie } = await signIn(s.app, ADMIN);
      const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
      const res = await s.call({ method: 'DELETE', url: `/webapi/v3/jobs/${id}`, headers: { cookie, ...headers } });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({ message: SESSION_MESSAGES.crossSite });
      expect(jobStatus(id)).toBe('Running');
      // Signing out from another site is refused too: the cookie stays.
      const out = await s.call({ method: 'DELETE', url: '/session', headers: { cookie, ...headers } });
      expect(out.statusCode).toBe(403);
      expect(sessionSetCookie(out)).toBeUndefined();
    });
  }

  it('the same cancel from the dashboard’s own page goes through (Sec-Fetch-Site, or the Origin)', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    for (const headers of [SAME_ORIGIN, { origin: 'http://localhost:80' }]) {
      const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
      const res = await s.call({ method: 'DELETE', url: `/webapi/v3/jobs/${id}`, headers: { cookie, ...headers } });
      expect(res.statusCode).toBe(200);
      expect(jobStatus(id)).toBe('Completed');
    }
  });

  it('a sign-in that carries an old cookie is checked too; reading is not', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    const res = await s.call({ method: 'POST', url: '/session', payload: ADMIN, headers: { cookie, origin: 'http://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect((await s.call({ method: 'POST', url: '/session', payload: ADMIN, headers: { cookie, ...SAME_ORIGIN } })).statusCode).toBe(200);
    expect((await s.call({ method: 'GET', url: LIST, headers: { cookie, origin: 'http://evil.example' } })).statusCode).toBe(200);
  });

  it('a script with its own token and no cookie is not checked', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
    const res = await s.call({
      method: 'DELETE',
      url: `/webapi/v3/jobs/${id}`,
      headers: { authorization: `Bearer ${await s.token(ADMIN)}` },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('over HTTPS', () => {
  it('the cookie is Secure when the request came over HTTPS (through a trusted proxy)', async () => {
    const https = await startTestServer({ TRUST_PROXY: '1', SESSION_SECRET: SECRET });
    try {
      const { res, cookie } = await signIn(https.app, ADMIN, { 'x-forwarded-proto': 'https' });
      expect(sessionSetCookie(res)).toMatch(/; Secure$/);
      const out = await https.call({
        method: 'DELETE',
        url: '/session',
        headers: { cookie, 'x-forwarded-proto': 'https', origin: 'https://localhost:80' },
      });
      expect(out.statusCode).toBe(204);
      expect(sessionSetCookie(out)).toMatch(/Max-Age=0; Secure$/);
      const plain = await signIn(https.app, ADMIN);
      expect(sessionSetCookie(plain.res)).not.toMatch(/Secure/);
    } finally {
      await https.close();
    }
  });
});

describe('the sign-in rate limit', () => {
  it('covers POST /session, per address; the server’s own token requests are not counted', async () => {
    const limited = await startTestServer({ TRUST_PROXY: '1', TOKEN_RATE_LIMIT: '3', SESSION_SECRET: SECRET });
    try {
      const attempt = (ip: string, secret = 'wrong') => signIn(limited.app, { key: 'admin-key', secret }, { 'x-forwarded-for': ip });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await attempt('203.0.113.9')).res.statusCode);
      expect(statuses).toEqual([401, 401, 401]);
      const refused = (await attempt('203.0.113.9', 'admin-secret')).res;
      expect(refused.statusCode).toBe(429);
      expect(refused.json<{ message: string }>().message).toMatch(/Too many sign-in attempts/);
      // Many sign-ins from as many addresses: each asks for a token itself, none of which is held back.
      for (let i = 0; i < 6; i++) expect((await attempt(`198.51.100.${i}`, 'admin-secret')).res.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the log', () => {
  it('holds no token, secret, cookie value or Authorization from any of the above', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    await get(LIST, cookie);
    const token = await s.token(ADMIN);
    const text = s.logs.join('');
    // The requests were logged (at debug), by path.
    expect(text).toContain('"path":"/session"');
    for (const secret of [
      cookie.split('=')[1]!,
      token,
      'admin-secret',
      'artisan-secret',
      SECRET,
      'Bearer',
      'Basic',
      'authorization',
      'cookie',
    ]) {
      expect(text, secret.slice(0, 20)).not.toContain(secret);
    }
    expect(cookieFrom(await s.call({ method: 'GET', url: '/session' }))).toBeUndefined();
  });
});
