import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from '../../../test/sandbox.ts';
import { openDatabase, type Db } from '../db.ts';
import { LONG_RUN_MS, QUEUED_AT_SEED, RUNNING_AT_SEED, seedDatabase } from './seed.ts';

function fingerprint(db: Db): string {
  const h = createHash('sha256');
  for (const table of ['users', 'workflows', 'schedules', 'jobs', 'messages', 'outputs']) {
    for (const r of db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).iterate()) h.update(JSON.stringify(r));
  }
  return h.digest('hex');
}

function seeded(seed: string, nowMs = Date.UTC(2026, 10, 1)): Db {
  const db = openDatabase(':memory:');
  seedDatabase(db, { seed, jobs: 300, nowMs });
  return db;
}

describe('seeding', () => {
  it('is deterministic: the same seed grows the same world', () => {
    expect(fingerprint(seeded('a'))).toBe(fingerprint(seeded('a')));
    expect(fingerprint(seeded('a'))).not.toBe(fingerprint(seeded('b')));
  });

  it('creates exactly the number of jobs asked for', () => {
    expect(seeded('a').prepare('SELECT COUNT(*) AS n FROM jobs').get()).toEqual({ n: 300 });
  });
});

describe('the seeded world looks like a busy server', () => {
  let s: TestServer;
  let db: Db;
  beforeAll(async () => {
    s = await startTestServer();
    db = s.sandbox.db;
  });
  afterAll(() => s.close());
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;

  it('has more than 40 workflows and more than 12 users, and every user has jobs', () => {
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM workflows').n).toBeGreaterThan(40);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM users').n).toBeGreaterThan(12);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM users WHERE id NOT IN (SELECT user_id FROM jobs)').n).toBe(0);
  });

  it('has every status, with a queue and running jobs even with the simulator off', () => {
    const counts = Object.fromEntries(
      all<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM jobs GROUP BY status').map((r) => [r.status, r.n]),
    );
    expect(counts.Queued).toBeGreaterThanOrEqual(20);
    expect(counts.Queued).toBe(QUEUED_AT_SEED);
    expect(counts.Running).toBeGreaterThanOrEqual(4);
    expect(counts.Running).toBe(RUNNING_AT_SEED);
    expect(counts.Initializing).toBeGreaterThanOrEqual(1);
    expect(counts.Completed).toBeGreaterThan(1000);
  });

  it('has every disposition, and named and numeric priorities', () => {
    const dispositions = all<{ d: string }>('SELECT DISTINCT disposition AS d FROM jobs').map((r) => r.d);
    expect(dispositions).toEqual(expect.arrayContaining(['Success', 'Warning', 'Error', 'Cancelled', 'None']));
    const priorities = all<{ p: string }>('SELECT DISTINCT priority AS p FROM jobs').map((r) => r.p);
    expect(priorities).toEqual(expect.arrayContaining(['Low', 'Medium', 'High', 'Critical', 'Default', '6', '4', '2', '10']));
  });

  it('has worker tags and both engines', () => {
    expect(all<{ t: string }>('SELECT DISTINCT worker_tag AS t FROM jobs').map((r) => r.t)).toEqual(expect.arrayContaining(['', 'gpu']));
    expect(
      all<{ e: number }>('SELECT DISTINCT run_with_e2 AS e FROM jobs')
        .map((r) => r.e)
        .sort(),
    ).toEqual([0, 1]);
  });

  it('has realistic queue waits and run times', () => {
    const rows = all<{ wait: number; run: number }>(
      `SELECT start_ms - create_ms AS wait, completion_ms - start_ms AS run FROM jobs WHERE status = 'Completed' ORDER BY 1`,
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(rows.map((r) => r.wait))).toBeLessThan(30_000);
    expect(rows.some((r) => r.wait > 5 * 60_000)).toBe(true);
    expect(rows.every((r) => r.wait >= 0 && r.run >= 0)).toBe(true);
    expect(rows.some((r) => r.run < 10_000)).toBe(true);
    expect(rows.some((r) => r.run > 3600_000)).toBe(true);
  });

  it('has a finished run and a running one past a day, which the API writes as d.hh:mm:ss', async () => {
    const long = one<{ id: string; done: number }>(
      `SELECT id, completion_ms AS done FROM jobs WHERE status = 'Completed' AND completion_ms - start_ms = ${LONG_RUN_MS}`,
    );
    const day = (offset: number) => new Date(long.done + offset * 86_400_000).toISOString().slice(0, 10);
    const seededAt = Date.parse((db.prepare(`SELECT value FROM meta WHERE key = 'seededAt'`).get() as { value: string }).value);
    const runaway = one<{ id: string }>(`SELECT id FROM jobs WHERE status = 'Running' AND start_ms < ${seededAt - 86_400_000}`);
    const token = await s.token();
    const items = async (query: string) =>
      ((await s.get(`/webapi/v3/jobs?allUsers=true&${query}`, token)).json() as { data: { jobId: string; executionTime?: string }[] }).data;
    const finished = (await items(`completedAfter=${day(-1)}&completedBefore=${day(1)}&limit=500`)).find((j) => j.jobId === long.id);
    expect(finished?.executionTime).toBe('1.02:05:00');
    const running = (await items('statuses=Running&limit=100')).find((j) => j.jobId === runaway.id);
    expect(running?.executionTime).toMatch(/^1\.0[3-4]:\d\d:\d\d$/);
  });

  it('keeps time in order for every job, and the last hour as busy as any', () => {
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM jobs WHERE start_ms < create_ms OR completion_ms < start_ms').n).toBe(0);
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM jobs WHERE completion_ms IS NOT NULL AND start_ms IS NULL').n).toBe(0);
    const seededAt = Date.parse((db.prepare(`SELECT value FROM meta WHERE key = 'seededAt'`).get() as { value: string }).value);
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE completion_ms > ${seededAt - 3600_000}`).n).toBeGreaterThan(0);
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE create_ms > ${seededAt} OR completion_ms > ${seededAt}`).n).toBe(0);
  });

  it('gives the two Artisans a shared collection with scheduled runs of each', () => {
    const shared = one<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs j JOIN users u ON u.id = j.user_id
      WHERE u.api_key IN ('artisan-key', 'viewer-key') AND j.schedule_id IS NOT NULL AND j.workflow_id IN (
        SELECT cw.workflow_id FROM collection_workflows cw JOIN collection_users a ON a.collection_id = cw.collection_id
        JOIN users ua ON ua.id = a.user_id AND ua.api_key = 'artisan-key'
        JOIN collection_users b ON b.collection_id = cw.collection_id JOIN users ub ON ub.id = b.user_id AND ub.api_key = 'viewer-key')`);
    expect(shared.n).toBeGreaterThan(10);
  });
});
