import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobMessage, JobView } from '../../contract/jobs-api.ts';
import { TRANSIENT_FLAG } from '../../contract/message-codes.ts';
import { findJob, SHARED_WITH, userId } from '../../test/fixtures.ts';
import { ADMIN, ARTISAN, startTestServer, VIEWER, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
let kenji: string;
let maria: string;
beforeAll(async () => {
  s = await startTestServer();
  kenji = userId(s.sandbox.db, 'artisan-key');
  maria = userId(s.sandbox.db, 'viewer-key');
});
afterAll(() => s.close());

describe('GET /v3/jobs/{jobId}', () => {
  it('returns the JobView with messages by default', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Completed' AND j.disposition = 'Success' AND j.msg_count > 10`);
    const res = await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN));
    expect(res.statusCode).toBe(200);
    const view = JobView.parse(res.json());
    expect(view).toMatchObject({ id, status: 'Completed', disposition: 'Success' });
    expect(view.messages!.length).toBeGreaterThan(10);
    expect(view.messages![0]!.text).toMatch(/^Started running /);
    expect(view.messages!.at(-1)!.text).toMatch(/^Finished running /);
    expect(view.createDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(view.outputs.length).toBeGreaterThan(0);
  });

  it('includeMessages=false leaves messages out', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Completed'`);
    const view = (await s.get(`/webapi/v3/jobs/${id}?includeMessages=false`, await s.token(ADMIN))).json();
    expect(view).not.toHaveProperty('messages');
    expect(view.id).toBe(id);
  });

  it('a queued job has disposition None, no outputs and no messages yet', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Queued'`);
    const view = JobView.parse((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).json());
    expect(view).toMatchObject({ status: 'Queued', disposition: 'None', outputs: [], messages: [] });
  });

  it('the owner sees their own job', async () => {
    const { id } = findJob(s.sandbox.db, 'j.user_id = ?', [kenji]);
    expect((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ARTISAN))).statusCode).toBe(200);
  });

  it('a scheduled run shared through a collection is visible to the other member', async () => {
    const { id } = findJob(s.sandbox.db, `j.user_id = ? AND j.schedule_id IS NOT NULL AND ${SHARED_WITH}`, [maria, kenji]);
    expect((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ARTISAN))).statusCode).toBe(200);
    const back = findJob(s.sandbox.db, `j.user_id = ? AND j.schedule_id IS NOT NULL AND ${SHARED_WITH}`, [kenji, maria]);
    expect((await s.get(`/webapi/v3/jobs/${back.id}`, await s.token(VIEWER))).statusCode).toBe(200);
  });

  it('a manual run is not shared, even of a shared workflow', async () => {
    const { id } = findJob(s.sandbox.db, `j.user_id = ? AND j.schedule_id IS NULL`, [maria]);
    expect((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ARTISAN))).statusCode).toBe(404);
  });

  it('another user’s job is hidden from an Artisan (404) and shown to a Curator', async () => {
    const admin = userId(s.sandbox.db, 'admin-key');
    const { id } = findJob(s.sandbox.db, 'j.user_id = ?', [admin]);
    const hidden = await s.get(`/webapi/v3/jobs/${id}`, await s.token(ARTISAN));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().message).toBeTruthy();
    expect((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).statusCode).toBe(200);
  });

  it('an unknown id is a 404 with a message', async () => {
    const res = await s.get('/webapi/v3/jobs/000000000000000000000000', await s.token(ADMIN));
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/not found/);
  });
});

describe('GET /v3/jobs/{jobId}/messages', () => {
  it('is a bare array equal to the JobView’s messages', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Completed' AND j.msg_count > 50`);
    const token = await s.token(ADMIN);
    const list = JobMessage.array().parse((await s.get(`/webapi/v3/jobs/${id}/messages`, token)).json());
    const view = JobView.parse((await s.get(`/webapi/v3/jobs/${id}`, token)).json());
    expect(list).toEqual(view.messages);
  });

  it('404s for an unknown job', async () => {
    expect((await s.get('/webapi/v3/jobs/nope/messages', await s.token(ADMIN))).statusCode).toBe(404);
  });
});

describe('messages across the world', () => {
  it('use the spec’s status codes, with the transient flag on some, and tool ids', () => {
    const rows = s.sandbox.db.prepare('SELECT DISTINCT status FROM messages').all() as { status: number }[];
    const codes = new Set(rows.map((r) => r.status & ~TRANSIENT_FLAG));
    for (const c of [1, 2, 3, 4, 5, 8, 9, 10, 11, 13]) expect(codes.has(c), `code ${c}`).toBe(true);
    expect(rows.some((r) => (r.status & TRANSIENT_FLAG) !== 0)).toBe(true);
    const known = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 20, 30]);
    expect([...codes].every((c) => known.has(c))).toBe(true);
    const tools = s.sandbox.db.prepare('SELECT MIN(tool_id) AS lo, MAX(tool_id) AS hi FROM messages').get() as { lo: number; hi: number };
    expect(tools.lo).toBe(-1);
    expect(tools.hi).toBeGreaterThan(5);
  });

  it('range from a handful of lines to thousands per job', () => {
    const r = s.sandbox.db.prepare(`SELECT MIN(msg_count) AS lo, MAX(msg_count) AS hi FROM jobs WHERE status = 'Completed'`).get() as {
      lo: number;
      hi: number;
    };
    expect(r.lo).toBeLessThan(10);
    expect(r.hi).toBeGreaterThan(1500);
    expect(r.hi).toBeLessThanOrEqual(5010);
  });

  it('an Error job’s log holds an error line', async () => {
    const { id } = findJob(s.sandbox.db, `j.disposition = 'Error'`);
    const view = JobView.parse((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).json());
    expect(view.messages!.some((m) => m.status === 3)).toBe(true);
  });
});
