/**
 * Renewal: a session signed in with a key and secret outlives its tokens, the server asking
 * for each new one once however many requests need it at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_MESSAGES } from '../../contract/session.ts';
import { ADMIN, startTestServer, type TestServer } from '../../test/sandbox.ts';
import { KEEP_MS, Renewals } from './renewal.ts';
import { cookieFrom, freshToken, sessionSetCookie, signIn } from './test-kit.ts';

describe('Renewals', () => {
  const deferred = <T>() => {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('one run for concurrent asks of a session; its outcome kept a while; another session its own', async () => {
    const clock = { now: 0 };
    const renewals = new Renewals<string>(
      () => clock.now,
      (o) => o !== 'transient',
    );
    let runs = 0;
    const gate = deferred<string>();
    const run = () => (runs++, gate.promise);
    const asks = [renewals.renew('a', run), renewals.renew('a', run), renewals.renew('a', run)];
    gate.resolve('new token');
    expect(await Promise.all(asks)).toEqual(['new token', 'new token', 'new token']);
    expect(runs).toBe(1);
    clock.now = KEEP_MS - 1;
    expect(await renewals.renew('a', async () => 'another')).toBe('new token');
    expect(await renewals.renew('b', async () => 'b token')).toBe('b token');
    clock.now = KEEP_MS;
    expect(await renewals.renew('a', async () => 'later')).toBe('later');
  });

  it('a failure that may pass is not kept; one that may not be reused is asked again; sign-out forgets', async () => {
    const renewals = new Renewals<string>(
      () => 0,
      (o) => o !== 'transient',
    );
    expect(await renewals.renew('a', async () => 'transient')).toBe('transient');
    expect(await renewals.renew('a', async () => 'ok')).toBe('ok');
    renewals.forget('a');
    expect(await renewals.renew('a', async () => 'after sign-out')).toBe('after sign-out');
    expect(renewals.size).toBe(1);
  });
});

describe('a session outliving its tokens (90 s each)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      SANDBOX_TOKEN_TTL: '90',
      LOG_LEVEL: 'debug',
      SESSION_SECRET: 'a-session-secret-for-tests-only-0123456789',
    });
  });
  afterAll(() => s.close());

  const LIST = '/webapi/v3/jobs?allUsers=true&limit=2';
  const list = (cookie: string) => s.call({ method: 'GET', url: LIST, headers: { cookie } });
  /** Token requests the sandbox has answered so far (one log line each, at debug). */
  const tokenRequests = () => s.logs.filter((l) => l.includes('"path":"/webapi/oauth2/token"')).length;

  it('keeps answering through many lifetimes without a new sign-in; the cookie changes at each renewal', async () => {
    let { cookie } = await signIn(s.app, ADMIN);
    const seen = new Set([cookie]);
    for (const step of [40_000, 100_000, 100_000, 45_000, 100_000, 300_000]) {
      s.clock.now += step;
      const res = await list(cookie);
      expect(res.statusCode).toBe(200);
      const renewed = cookieFrom(res);
      expect(renewed).toBeDefined();
      expect(seen.has(renewed!)).toBe(false);
      seen.add(renewed!);
      cookie = renewed!;
    }
    // Within the token's life, nothing is renewed.
    s.clock.now += 10_000;
    expect(sessionSetCookie(await list(cookie))).toBeUndefined();
  });

  it('N requests at once at renewal time: exactly one token request, and each answer carries the new cookie', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    s.clock.now += 100_000;
    const before = tokenRequests();
    const answers = await Promise.all(Array.from({ length: 12 }, () => list(cookie)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(200));
    expect(tokenRequests() - before).toBe(1);
    for (const a of answers) expect(cookieFrom(a)).toBeDefined();
    // A request sent with the old cookie just after: the same new token, no further request.
    expect((await list(cookie)).statusCode).toBe(200);
    expect(tokenRequests() - before).toBe(1);
  });

  it('a renewal refused (the secret was changed): 401 with the server’s message, and the cookie cleared', async () => {
    const { cookie } = await signIn(s.app, ADMIN);
    s.sandbox.db.prepare(`UPDATE users SET api_secret = 'changed' WHERE api_key = 'admin-key'`).run();
    try {
      s.clock.now += 100_000;
      const res = await list(cookie);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ message: 'The API key or secret is not valid.' });
      expect(sessionSetCookie(res)).toMatch(/Max-Age=0/);
    } finally {
      s.sandbox.db.prepare(`UPDATE users SET api_secret = 'admin-secret' WHERE api_key = 'admin-key'`).run();
    }
  });

  it('a pasted token is not renewed: once it runs out, the sandbox’s own 401 comes back', async () => {
    const { cookie } = await signIn(s.app, { token: await freshToken(s.app, ADMIN) });
    s.clock.now += 100_000;
    const before = tokenRequests();
    const res = await list(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ message: 'Authorization has been denied for this request.' });
    expect(res.json()).not.toEqual({ message: SESSION_MESSAGES.invalidForApi });
    expect(tokenRequests()).toBe(before);
  });
});
