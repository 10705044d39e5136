import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobView, User, Workflow, WorkflowJob } from '../../contract/jobs-api.ts';
import { userId } from '../../test/fixtures.ts';
import { ADMIN, ARTISAN, startTestServer, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const workflows = async (creds = ADMIN) => z.array(Workflow).parse((await s.get('/webapi/v3/workflows', await s.token(creds))).json());

describe('GET /v3/workflows', () => {
  it('a Curator sees every workflow: more than 40, with and without .yxmd', async () => {
    const all = await workflows();
    expect(all.length).toBeGreaterThan(40);
    expect(all.some((w) => w.name.endsWith('.yxmd'))).toBe(true);
    expect(all.some((w) => !w.name.endsWith('.yxmd'))).toBe(true);
  });

  it('an Artisan sees their own and those shared with them', async () => {
    const kenji = userId(s.sandbox.db, 'artisan-key');
    const mine = await workflows(ARTISAN);
    const all = await workflows();
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.some((w) => w.ownerId === kenji)).toBe(true);
    expect(mine.some((w) => w.ownerId !== kenji)).toBe(true);
    expect(mine.map((w) => w.name)).toContain('月次売上レポート.yxmd');
  });
});

describe('GET /v3/users', () => {
  it('lists more than 12 users with roles; a display name is first and last name', async () => {
    const users = z.array(User).parse((await s.get('/webapi/v3/users', await s.token(ADMIN))).json());
    expect(users.length).toBeGreaterThan(12);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['Curator', 'Artisan', 'Member']));
    expect(users.find((u) => u.firstName === 'Jane')).toMatchObject({ lastName: 'Doe', role: 'Curator', isActive: true });
    expect(users.some((u) => !u.isActive)).toBe(true);
  });
});

describe('GET /v3/workflows/{workflowId}/jobs', () => {
  const wfWith = (where: string) =>
    (
      s.sandbox.db
        .prepare(`SELECT workflow_id AS id FROM jobs j WHERE ${where} GROUP BY workflow_id ORDER BY COUNT(*) DESC LIMIT 1`)
        .get() as {
        id: string;
      }
    ).id;

  it('is a bare array of the workflow’s jobs, newest first', async () => {
    const id = wfWith('1 = 1');
    const rows = z.array(WorkflowJob).parse((await s.get(`/webapi/v3/workflows/${id}/jobs?limit=1000`, await s.token(ADMIN))).json());
    const expected = s.sandbox.db.prepare('SELECT id FROM jobs WHERE workflow_id = ? ORDER BY create_ms DESC, id DESC').all(id) as {
      id: string;
    }[];
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id).slice(0, 1000));
  });

  it.each([
    ['Complete', `status = 'Completed'`],
    ['Error', `status = 'Completed' AND disposition = 'Error'`],
    ['Queued', `status = 'Queued'`],
  ])('status=%s', async (status, where) => {
    const id = wfWith(`j.${where.replace(/ AND /, ' AND j.')}`);
    const rows = z
      .array(WorkflowJob)
      .parse((await s.get(`/webapi/v3/workflows/${id}/jobs?status=${status}&limit=1000`, await s.token(ADMIN))).json());
    const expected = s.sandbox.db.prepare(`SELECT id FROM jobs WHERE workflow_id = ? AND ${where}`).all(id) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it('resultCode=Warning keeps runs that ended with warnings', async () => {
    const id = wfWith(`j.disposition = 'Warning'`);
    const rows = z
      .array(WorkflowJob)
      .parse((await s.get(`/webapi/v3/workflows/${id}/jobs?resultCode=Warning&limit=1000`, await s.token(ADMIN))).json());
    const expected = s.sandbox.db.prepare(`SELECT id FROM jobs WHERE workflow_id = ? AND disposition = 'Warning'`).all(id) as {
      id: string;
    }[];
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  it('pages with offset and limit', async () => {
    const id = wfWith('1 = 1');
    const token = await s.token(ADMIN);
    const all = (await s.get(`/webapi/v3/workflows/${id}/jobs?limit=20`, token)).json() as { id: string }[];
    const second = (await s.get(`/webapi/v3/workflows/${id}/jobs?limit=10&offset=10`, token)).json() as { id: string }[];
    expect(second).toEqual(all.slice(10, 20));
  });

  it('404 for an unknown workflow, and for one not shared with an Artisan', async () => {
    expect((await s.get('/webapi/v3/workflows/nope/jobs', await s.token(ADMIN))).statusCode).toBe(404);
    const mine = new Set((await workflows(ARTISAN)).map((w) => w.id));
    const other = (await workflows()).find((w) => !mine.has(w.id))!;
    expect((await s.get(`/webapi/v3/workflows/${other.id}/jobs`, await s.token(ARTISAN))).statusCode).toBe(404);
  });
});

describe('POST /v3/workflows/{workflowId}/jobs', () => {
  it('queues a run and answers its JobView', async () => {
    const wf = (await workflows(ARTISAN))[0]!;
    const token = await s.token(ARTISAN);
    const res = await s.call({
      method: 'POST',
      url: `/webapi/v3/workflows/${wf.id}/jobs`,
      headers: { authorization: `Bearer ${token}` },
      payload: { priority: 'High', questions: [{ name: 'Region', value: 'West' }] },
    });
    expect(res.statusCode).toBe(200);
    const view = JobView.parse(res.json());
    expect(view).toMatchObject({ appId: wf.id, status: 'Queued', disposition: 'None', priority: 'High' });
    const mine = (await s.get(`/webapi/v3/jobs/${view.id}`, token)).json();
    expect(mine.id).toBe(view.id);
    const list = (await s.get('/webapi/v3/jobs?allUsers=true&statuses=Queued&limit=1000', await s.token(ADMIN))).json();
    expect(list.data.map((d: { jobId: string }) => d.jobId)).toContain(view.id);
  });

  it('accepts an empty request and uses the defaults', async () => {
    const wf = (await workflows())[0]!;
    const res = await s.call({
      method: 'POST',
      url: `/webapi/v3/workflows/${wf.id}/jobs`,
      headers: { authorization: `Bearer ${await s.token(ADMIN)}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().priority).toBe('Default');
  });

  it('refuses a bad priority with 400 naming the field', async () => {
    const wf = (await workflows())[0]!;
    const res = await s.call({
      method: 'POST',
      url: `/webapi/v3/workflows/${wf.id}/jobs`,
      headers: { authorization: `Bearer ${await s.token(ADMIN)}` },
      payload: { priority: 'Urgent!!' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().modelState.priority).toBeDefined();
  });
});
