import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, VIEWER, type TestServer } from '../../../test/sandbox.ts';
import { openDatabase, type Db } from '../db.ts';
import { priorityRank } from '../domain.ts';
import { RUNAWAY_WORKFLOW, WORKFLOWS } from './catalog.ts';
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

  it('has a runaway run by hand, far past the usual time of its workflow, among other running jobs', () => {
    const seededAt = Date.parse((db.prepare(`SELECT value FROM meta WHERE key = 'seededAt'`).get() as { value: string }).value);
    const runaway = one<{ start: number; workflow: string; schedule: string | null }>(
      `SELECT j.start_ms AS start, w.name AS workflow, j.schedule_id AS schedule FROM jobs j JOIN workflows w ON w.id = j.workflow_id
        WHERE j.status = 'Running' AND j.start_ms < ${seededAt - 86_400_000}`,
    );
    expect(runaway.workflow).toBe(RUNAWAY_WORKFLOW);
    expect(runaway.schedule).toBeNull();
    const runs = all<{ ms: number }>(`SELECT j.completion_ms - j.start_ms AS ms FROM jobs j JOIN workflows w ON w.id = j.workflow_id
      WHERE j.status = 'Completed' AND w.name = '${runaway.workflow}' ORDER BY 1`).map((r) => r.ms);
    expect(runs.length).toBeGreaterThanOrEqual(20);
    const p95 = runs[Math.ceil(0.95 * runs.length) - 1]!;
    expect(p95).toBeLessThan(3600_000);
    expect(seededAt - runaway.start).toBeGreaterThan(10 * p95);
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE status = 'Running'`).n).toBeGreaterThan(1);
  });

  it('queues jobs with and without a worker tag, in an order that priority changes', async () => {
    const token = await s.token();
    const queued = ((await s.get('/webapi/v3/jobs?allUsers=true&statuses=Queued&limit=100', token)).json() as { data: { jobId: string }[] })
      .data;
    expect(queued).toHaveLength(QUEUED_AT_SEED);
    const details = await Promise.all(
      queued.map(
        async (j) =>
          (await s.get(`/webapi/v3/jobs/${j.jobId}?includeMessages=false`, token)).json() as {
            id: string;
            createDateTime: string;
            workerTag: string;
            priority: string;
          },
      ),
    );
    const tagged = details.filter((d) => d.workerTag !== '').length;
    expect(tagged).toBeGreaterThanOrEqual(5);
    expect(tagged).toBeLessThanOrEqual(8);
    expect(details.filter((d) => d.priority === 'High' || d.priority === 'Critical').length).toBeGreaterThanOrEqual(3);
    const byAge = [...details]
      .sort((a, b) => a.createDateTime.localeCompare(b.createDateTime) || a.id.localeCompare(b.id))
      .map((d) => d.id);
    const byPickup = [...details]
      .sort(
        (a, b) =>
          priorityRank(b.priority) - priorityRank(a.priority) ||
          a.createDateTime.localeCompare(b.createDateTime) ||
          a.id.localeCompare(b.id),
      )
      .map((d) => d.id);
    expect(byPickup[0]).not.toBe(byAge[0]);
  });

  it('has a user with a run going and more waiting, and queued scheduled runs a collection member may see', async () => {
    const inFlight = all<{ status: string }>(`SELECT DISTINCT j.status FROM jobs j JOIN users u ON u.id = j.user_id
      WHERE u.first_name = 'Emma' AND u.last_name = 'Schmidt' AND j.status IN ('Queued', 'Running')`).map((r) => r.status);
    expect(inFlight.sort()).toEqual(['Queued', 'Running']);
    const kenjis = all<{ id: string }>(`SELECT j.id FROM jobs j JOIN users u ON u.id = j.user_id
      WHERE u.api_key = 'artisan-key' AND j.status = 'Queued' AND j.schedule_id IS NOT NULL`);
    const maria = await s.token(VIEWER);
    const seen = await Promise.all(
      kenjis.map(async (j) => (await s.get(`/webapi/v3/jobs/${j.id}?includeMessages=false`, maria)).statusCode),
    );
    expect(seen).toContain(200);
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

describe("the seeded history keeps an office's hours (UTC)", () => {
  // A Tuesday evening, as the office would see the Overview after a working day.
  const nowMs = Date.UTC(2026, 11, 1, 20, 0);
  const db = openDatabase(':memory:');
  seedDatabase(db, { seed: 'office', jobs: 5000, nowMs, messages: false });
  const finished = db
    .prepare(
      `SELECT j.create_ms AS created, j.start_ms - j.create_ms AS wait, j.disposition, w.name AS workflow
      FROM jobs j JOIN workflows w ON w.id = j.workflow_id WHERE j.status = 'Completed'`,
    )
    .all() as { created: number; wait: number; disposition: string; workflow: string }[];
  const day = (ms: number) => new Date(ms).getUTCDay();
  const hour = (ms: number) => new Date(ms).getUTCHours();
  const weekday = (ms: number) => day(ms) >= 1 && day(ms) <= 5;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  /** Jobs created per hour over the hours from `from` to `to`, on the days `onDay` accepts. */
  const perHour = (onDay: (ms: number) => boolean, from: number, to: number) =>
    finished.filter((j) => onDay(j.created) && hour(j.created) >= from && hour(j.created) < to).length / (to - from);

  it('starts most jobs in the weekday morning, a second peak at lunch, few at night and at weekends', () => {
    const morning = perHour(weekday, 8, 10);
    expect(morning).toBeGreaterThan(5 * perHour(weekday, 0, 2));
    expect(morning).toBeGreaterThan(5 * perHour(weekday, 3, 5));
    expect(perHour(weekday, 12, 13)).toBeGreaterThan(1.3 * perHour(weekday, 10, 12));
    expect(perHour(weekday, 12, 13)).toBeGreaterThan(1.3 * perHour(weekday, 15, 17));
    expect(morning).toBeGreaterThan(perHour(weekday, 12, 13));
    const weekend = (ms: number) => !weekday(ms);
    expect(perHour(weekday, 8, 18)).toBeGreaterThan(5 * perHour(weekend, 8, 18));
  });

  it('has a nightly bump at 02:00 from the schedules', () => {
    const every = () => true;
    expect(perHour(every, 2, 3)).toBeGreaterThan(2 * perHour(every, 0, 2));
    expect(perHour(every, 2, 3)).toBeGreaterThan(2 * perHour(every, 3, 5));
  });

  it("makes Monday morning the week's busiest", () => {
    // Per day of the history, as there may be one Monday more or less than Tuesdays.
    const days = (d: number) => new Set(finished.filter((j) => day(j.created) === d).map((j) => Math.floor(j.created / 86_400_000))).size;
    const mornings = (d: number) => perHour((ms) => day(ms) === d, 8, 10) / days(d);
    for (const other of [2, 3, 4, 5]) expect(mornings(1)).toBeGreaterThan(1.2 * mornings(other));
  });

  it('piles the queue up on Monday from 08:00, and hardly at night', () => {
    const overall = mean(finished.map((j) => j.wait));
    const monday8 = finished.filter((j) => day(j.created) === 1 && hour(j.created) === 8).map((j) => j.wait);
    expect(monday8.length).toBeGreaterThan(50);
    expect(mean(monday8)).toBeGreaterThan(3 * overall);
    expect(mean(monday8)).toBeGreaterThan(3 * 60_000);
    const night = finished.filter((j) => hour(j.created) < 6).map((j) => j.wait);
    expect(mean(night)).toBeLessThan(30_000);
    // On an hour-of-week heatmap of the mean wait, Monday 08:00 is the hottest cell.
    const cells = new Map<number, number[]>();
    for (const j of finished) {
      const cell = day(j.created) * 24 + hour(j.created);
      cells.set(cell, [...(cells.get(cell) ?? []), j.wait]);
    }
    const hottest = [...cells].sort((a, b) => mean(b[1]) - mean(a[1]))[0]![0];
    expect(hottest).toBe(1 * 24 + 8);
  });

  it('has a few workflows that fail often, and the rest rarely fail', () => {
    const failing = new Set(WORKFLOWS.filter((w) => w.errorPercent !== undefined).map((w) => w.name));
    expect(failing.size).toBeGreaterThanOrEqual(2);
    const errorShare = (rows: typeof finished) => rows.filter((j) => j.disposition === 'Error').length / rows.length;
    const runsOf = (name: string) => finished.filter((j) => j.workflow === name);
    const lowest = Math.min(...[...failing].map((name) => errorShare(runsOf(name))));
    expect(lowest).toBeGreaterThanOrEqual(0.2);
    expect(errorShare(finished.filter((j) => !failing.has(j.workflow)))).toBeLessThanOrEqual(0.1);
    // Every other workflow with enough runs to tell fails less often than any of them.
    for (const w of WORKFLOWS.filter((w) => !failing.has(w.name) && runsOf(w.name).length >= 50)) {
      expect(errorShare(runsOf(w.name)), w.name).toBeLessThan(lowest);
    }
  });
});
