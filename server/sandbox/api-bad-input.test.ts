import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../contract/jobs-api.ts';
import { ADMIN, startTestServer, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  token = await s.token(ADMIN);
});
afterAll(() => s.close());

const LONG = 'x'.repeat(5000);
const INJECTION = "'; DROP TABLE jobs; --";

describe('bad input gets a 400 naming the field, never a 5xx', () => {
  it.each([
    ['sortField=Nope', 'sortField'],
    ['sortField=createdate', 'sortField'],
    ['direction=up', 'direction'],
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=0', 'limit'],
    ['limit=1.5', 'limit'],
    ['limit=99999999999999999999', 'limit'],
    ['offset=-5', 'offset'],
    ['offset=1e3', 'offset'],
    ['completedAfter=2025-13-45', 'completedAfter'],
    ['completedAfter=2025-02-30', 'completedAfter'],
    ['completedBefore=yesterday', 'completedBefore'],
    ['completedBefore=2025-1-1', 'completedBefore'],
    ['statuses=Done', 'statuses[0]'],
    ['statuses=Queued,Finished', 'statuses[1]'],
    ['statuses=Completed', 'statuses[0]'],
    ['priorities=Urgent', 'priorities[0]'],
    ['allUsers=maybe', 'allUsers'],
    ['limit=5&limit=6', 'limit'],
    [`workflowNames=${LONG}`, 'workflowNames[0]'],
    [`users=${LONG}`, 'users[0]'],
    [`sortField=${encodeURIComponent(INJECTION)}`, 'sortField'],
    [`direction=${encodeURIComponent('asc; DELETE FROM jobs')}`, 'direction'],
  ])('GET /v3/jobs?%s → 400 on %s', async (query, field) => {
    const res = await s.get(`/webapi/v3/jobs?${query}`, token);
    expect(res.statusCode, res.body).toBe(400);
    const body = ApiErrorBody.parse(res.json());
    expect(body.message).toBeTruthy();
    expect(Object.keys(body.modelState ?? {})).toContain(field);
  });

  it('injection-like filter values are only values: nothing matches, nothing breaks', async () => {
    const before = s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM jobs').get();
    for (const q of [`workflowNames=${encodeURIComponent(INJECTION)}`, `users=${encodeURIComponent(INJECTION)}&allUsers=true`]) {
      const res = await s.get(`/webapi/v3/jobs?${q}`, token);
      expect(res.statusCode).toBe(200);
      expect(res.json().pagination.totalItems).toBe(0);
    }
    expect(s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM jobs').get()).toEqual(before);
  });

  it('unknown query parameters are ignored, as the real server does', async () => {
    expect((await s.get('/webapi/v3/jobs?colour=blue&limit=3', token)).statusCode).toBe(200);
  });

  it.each([
    ['/webapi/v3/jobs/%00', [400, 404]],
    [`/webapi/v3/jobs/${encodeURIComponent(INJECTION)}`, [404]],
    [`/webapi/v3/jobs/${'a'.repeat(300)}`, [400]],
    ['/webapi/v3/jobs/..%2F..%2Fetc%2Fpasswd', [404]],
    ['/webapi/v3/jobs/%F0%9F%92%A5', [404]],
    ['/webapi/v3/jobs/abc?includeMessages=perhaps', [400]],
    ['/webapi/v3/jobs/abc/messages', [404]],
    ['/webapi/v3/workflows/abc/jobs?status=Done', [400]],
    ['/webapi/v3/workflows/abc/jobs?limit=-2', [400]],
    ['/webapi/v3/nothing-here', [404]],
    ['/webapi/v1/jobs/abc/output/def?format=Exe', [400]],
  ])('GET %s → %j with a message', async (url, statuses) => {
    const res = await s.get(url, token);
    expect(statuses).toContain(res.statusCode);
    expect(ApiErrorBody.parse(res.json()).message).toBeTruthy();
  });

  it.each([
    ['DELETE', `/webapi/v3/jobs/${'z'.repeat(300)}`],
    ['POST', '/webapi/v3/jobs'],
    ['PUT', '/webapi/v3/jobs/abc'],
    ['PATCH', '/webapi/v3/users'],
  ])('%s %s → 4xx with a message', async (method, url) => {
    const res = await s.call({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(ApiErrorBody.parse(res.json()).message).toBeTruthy();
  });

  it('a request body that is not JSON gets 400', async () => {
    const wf = s.sandbox.db.prepare('SELECT id FROM workflows LIMIT 1').get() as { id: string };
    const res = await s.call({
      method: 'POST',
      url: `/webapi/v3/workflows/${wf.id}/jobs`,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: '{"priority": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBeTruthy();
  });

  it('an oversized token request gets 413, and a token request of another type 415', async () => {
    const big = await s.call({
      method: 'POST',
      url: '/webapi/oauth2/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=client_credentials&client_secret=${'s'.repeat(40_000)}`,
    });
    expect(big.statusCode).toBe(413);
    const xml = await s.call({
      method: 'POST',
      url: '/webapi/oauth2/token',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().message).toBeTruthy();
  });

  it('a malformed Basic header is refused as bad credentials, not a crash', async () => {
    for (const header of [
      'Basic %%%',
      'Basic ' + Buffer.from('no-colon').toString('base64'),
      'Basic ' + Buffer.from('%E0%A4%A:x').toString('base64'),
    ]) {
      const res = await s.call({
        method: 'POST',
        url: '/webapi/oauth2/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: header },
        payload: 'grant_type=client_credentials',
      });
      expect(res.statusCode).toBe(400);
    }
  });
});
