import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenResponse } from '../../contract/jobs-api.ts';
import { ADMIN, ARTISAN, startTestServer, VIEWER, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ SANDBOX_TOKEN_TTL: '60' });
});
afterAll(() => s.close());

const form = (body: string, headers: Record<string, string> = {}) =>
  s.call({
    method: 'POST',
    url: '/webapi/oauth2/token',
    payload: body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
const DENIED = { message: 'Authorization has been denied for this request.' };

describe('POST /oauth2/token', () => {
  it('takes the key and secret in the form body', async () => {
    const res = await form('grant_type=client_credentials&client_id=admin-key&client_secret=admin-secret');
    expect(res.statusCode).toBe(200);
    const body = TokenResponse.parse(res.json());
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(60);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('takes the key and secret as HTTP Basic', async () => {
    const res = await form('grant_type=client_credentials', { authorization: basic('artisan-key', 'artisan-secret') });
    expect(res.statusCode).toBe(200);
    const token = TokenResponse.parse(res.json()).access_token;
    expect((await s.get('/webapi/v3/workflows', token)).statusCode).toBe(200);
  });

  it.each([
    ['a wrong secret', 'grant_type=client_credentials&client_id=admin-key&client_secret=nope'],
    ['an unknown key', 'grant_type=client_credentials&client_id=nobody&client_secret=admin-secret'],
    ['no credentials', 'grant_type=client_credentials'],
  ])('refuses %s with 400 invalid_client', async (_what, body) => {
    const res = await form(body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_client' });
    expect(res.json().error_description).toBeTruthy();
  });

  it('refuses a wrong Basic secret', async () => {
    const res = await form('grant_type=client_credentials', { authorization: basic('admin-key', 'wrong') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_client');
  });

  it('refuses another grant type', async () => {
    const res = await form('grant_type=password&client_id=admin-key&client_secret=admin-secret');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('unsupported_grant_type');
  });

  it('refuses an inactive user', async () => {
    const { api_key, api_secret } = s.sandbox.db.prepare('SELECT api_key, api_secret FROM users WHERE is_active = 0').get() as {
      api_key: string;
      api_secret: string;
    };
    const res = await form(`grant_type=client_credentials&client_id=${api_key}&client_secret=${api_secret}`);
    expect(res.statusCode).toBe(400);
  });
});

describe('bearer tokens', () => {
  it.each([
    ['no Authorization header', undefined],
    ['a malformed header', 'Token abc'],
    ['an unknown token', 'Bearer not-a-real-token'],
    ['an empty bearer', 'Bearer '],
  ])('%s gets 401 with the server’s message', async (_what, header) => {
    const res = await s.call({ method: 'GET', url: '/webapi/v3/workflows', headers: header ? { authorization: header } : {} });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual(DENIED);
  });

  it('a token stops working when it expires', async () => {
    const res = await form('grant_type=client_credentials&client_id=admin-key&client_secret=admin-secret');
    const token = res.json().access_token as string;
    expect((await s.get('/webapi/v3/jobs?limit=1', token)).statusCode).toBe(200);
    s.clock.now += 59_000;
    expect((await s.get('/webapi/v3/jobs?limit=1', token)).statusCode).toBe(200);
    s.clock.now += 2_000;
    const late = await s.get('/webapi/v3/jobs?limit=1', token);
    expect(late.statusCode).toBe(401);
    expect(late.json()).toEqual(DENIED);
  });

  it('"bearer" is accepted in any case', async () => {
    const token = await s.token(ADMIN);
    const res = await s.call({ method: 'GET', url: '/webapi/v3/users', headers: { authorization: `bearer ${token}` } });
    expect(res.statusCode).toBe(200);
  });
});

describe('roles', () => {
  const curatorOnly = ['/webapi/v3/jobs', '/webapi/v3/users'];

  it.each(curatorOnly)('%s answers an Artisan with 401, not 403', async (url) => {
    for (const creds of [ARTISAN, VIEWER]) {
      const res = await s.get(url, await s.token(creds));
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual(DENIED);
    }
  });

  it.each(curatorOnly)('%s answers a Curator', async (url) => {
    expect((await s.get(url, await s.token(ADMIN))).statusCode).toBe(200);
  });

  it('a job’s messages are for Curators only', async () => {
    const id = (
      s.sandbox.db.prepare(`SELECT j.id FROM jobs j JOIN users u ON u.id = j.user_id WHERE u.api_key = 'artisan-key' LIMIT 1`).get() as {
        id: string;
      }
    ).id;
    expect((await s.get(`/webapi/v3/jobs/${id}/messages`, await s.token(ARTISAN))).statusCode).toBe(401);
    expect((await s.get(`/webapi/v3/jobs/${id}/messages`, await s.token(ADMIN))).statusCode).toBe(200);
  });

  it('every endpoint refuses a call without a token', async () => {
    const id = s.sandbox.db.prepare('SELECT id, workflow_id FROM jobs LIMIT 1').get() as { id: string; workflow_id: string };
    const out = s.sandbox.db.prepare('SELECT id, job_id FROM outputs LIMIT 1').get() as { id: string; job_id: string };
    const calls: [string, string][] = [
      ['GET', '/webapi/v3/jobs'],
      ['GET', `/webapi/v3/jobs/${id.id}`],
      ['GET', `/webapi/v3/jobs/${id.id}/messages`],
      ['DELETE', `/webapi/v3/jobs/${id.id}`],
      ['GET', '/webapi/v3/workflows'],
      ['GET', `/webapi/v3/workflows/${id.workflow_id}/jobs`],
      ['POST', `/webapi/v3/workflows/${id.workflow_id}/jobs`],
      ['GET', '/webapi/v3/users'],
      ['GET', `/webapi/v1/jobs/${out.job_id}/output/${out.id}?format=Csv`],
    ];
    for (const [method, url] of calls) {
      const res = await s.call({ method: method as 'GET', url });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
