import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobView } from '../../contract/jobs-api.ts';
import { findJob, SHARED_WITH, userId } from '../../test/fixtures.ts';
import { ADMIN, ARTISAN, startTestServer, VIEWER, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const cancel = async (id: string, creds = ADMIN) =>
  s.call({ method: 'DELETE', url: `/webapi/v3/jobs/${id}`, headers: { authorization: `Bearer ${await s.token(creds)}` } });
const NOT_CANCELLABLE = { message: "This job is not in 'Queued' or 'Running' state." };
const NO_PERMISSION = { message: 'You do not have permission to cancel this job.' };

/** Puts a finished job back in a state, to have a job of the right owner and kind to cancel. */
function reopen(id: string, status: 'Queued' | 'Running') {
  s.sandbox.db
    .prepare(`UPDATE jobs SET status = ?, status_rank = ?, disposition = 'None', completion_ms = NULL, start_ms = ? WHERE id = ?`)
    .run(status, status === 'Queued' ? 1 : 3, status === 'Queued' ? null : s.clock.now - 60_000, id);
}

describe('DELETE /v3/jobs/{jobId}', () => {
  it('a running job is cancelled and kept: Completed, disposition Cancelled, with a message', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
    const res = await cancel(id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ message: 'Cancelled Successfully.' });
    const view = JobView.parse((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).json());
    expect(view).toMatchObject({ status: 'Completed', disposition: 'Cancelled' });
    expect(view.messages!.some((m) => m.text === 'The job was cancelled.')).toBe(true);
    expect(view.messages!.at(-1)!.text).toMatch(/^Finished running/);
    const row = s.sandbox.db.prepare('SELECT completion_ms FROM jobs WHERE id = ?').get(id) as { completion_ms: number };
    expect(row.completion_ms).toBe(s.clock.now);
  });

  it('a queued job is deleted: a later GET answers 404', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Queued'`);
    const res = await cancel(id);
    expect(res.json()).toEqual({ message: 'Deleted Successfully.' });
    expect((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).statusCode).toBe(404);
    const list = await s.get('/webapi/v3/jobs?allUsers=true&statuses=Queued&limit=1000', await s.token(ADMIN));
    expect(list.json().data.map((d: { jobId: string }) => d.jobId)).not.toContain(id);
  });

  it.each([
    ['completed', `j.status = 'Completed' AND j.disposition = 'Success'`],
    ['initializing', `j.status = 'Initializing'`],
  ])('a %s job cannot be cancelled (400)', async (_what, where) => {
    const { id } = findJob(s.sandbox.db, where);
    const res = await cancel(id);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(NOT_CANCELLABLE);
  });

  it('cancelling twice: the second is a 400', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
    expect((await cancel(id)).statusCode).toBe(200);
    expect((await cancel(id)).json()).toEqual(NOT_CANCELLABLE);
  });

  it('an Artisan may cancel their own job', async () => {
    const { id } = findJob(s.sandbox.db, `j.user_id = ? AND j.status = 'Completed'`, [userId(s.sandbox.db, 'artisan-key')]);
    reopen(id, 'Running');
    expect((await cancel(id, ARTISAN)).json()).toEqual({ message: 'Cancelled Successfully.' });
  });

  it('an Artisan may cancel a scheduled run shared with them through a collection', async () => {
    const kenji = userId(s.sandbox.db, 'artisan-key');
    const { id } = findJob(s.sandbox.db, `j.user_id = ? AND j.schedule_id IS NOT NULL AND j.status = 'Completed' AND ${SHARED_WITH}`, [
      userId(s.sandbox.db, 'viewer-key'),
      kenji,
    ]);
    reopen(id, 'Queued');
    expect((await cancel(id, ARTISAN)).json()).toEqual({ message: 'Deleted Successfully.' });
  });

  it('an Artisan may not cancel someone else’s job (400, the spec’s message)', async () => {
    const { id } = findJob(s.sandbox.db, `j.user_id = ? AND j.status = 'Completed'`, [userId(s.sandbox.db, 'admin-key')]);
    reopen(id, 'Running');
    const res = await cancel(id, VIEWER);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual(NO_PERMISSION);
    expect(JobView.parse((await s.get(`/webapi/v3/jobs/${id}`, await s.token(ADMIN))).json()).status).toBe('Running');
  });

  it('no token: 401; no such job: 404', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Running'`);
    expect((await s.call({ method: 'DELETE', url: `/webapi/v3/jobs/${id}` })).statusCode).toBe(401);
    expect((await cancel('000000000000000000000000')).statusCode).toBe(404);
  });
});

describe('cancel races over real HTTP', () => {
  let base: string;
  beforeAll(async () => {
    await s.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = s.app.server.address() as { port: number };
    base = `http://127.0.0.1:${addr.port}`;
  });

  async function twentyCancels(id: string) {
    const token = await s.token(ADMIN);
    return Promise.all(
      Array.from({ length: 20 }, async () => {
        const res = await fetch(`${base}/webapi/v3/jobs/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
        return { status: res.status, body: (await res.json()) as { message: string } };
      }),
    );
  }

  it('20 concurrent cancels of one running job: exactly one succeeds, and it ends cancelled once', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Completed' AND j.disposition = 'Success'`);
    reopen(id, 'Running');
    const results = await twentyCancels(id);
    expect(results.filter((r) => r.status === 200)).toEqual([{ status: 200, body: { message: 'Cancelled Successfully.' } }]);
    expect(results.filter((r) => r.status === 400)).toHaveLength(19);
    expect(results.filter((r) => r.status === 400).every((r) => r.body.message === NOT_CANCELLABLE.message)).toBe(true);
    const marks = s.sandbox.db
      .prepare(`SELECT COUNT(*) AS n FROM messages WHERE job_id = ? AND text = 'The job was cancelled.'`)
      .get(id) as {
      n: number;
    };
    expect(marks.n).toBe(1);
    expect(s.sandbox.db.prepare('SELECT status, disposition FROM jobs WHERE id = ?').get(id)).toEqual({
      status: 'Completed',
      disposition: 'Cancelled',
    });
  });

  it('20 concurrent cancels of one queued job: exactly one deletes it, the rest find it gone', async () => {
    const { id } = findJob(s.sandbox.db, `j.status = 'Queued'`);
    const results = await twentyCancels(id);
    expect(results.filter((r) => r.status === 200)).toEqual([{ status: 200, body: { message: 'Deleted Successfully.' } }]);
    expect(results.filter((r) => r.status === 404)).toHaveLength(19);
    expect(s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM jobs WHERE id = ?').get(id)).toEqual({ n: 0 });
  });
});
