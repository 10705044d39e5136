import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/sandbox.ts';
import { INIT_MS, Lifecycle } from './lifecycle.ts';
import { createRng } from './seed/rng.ts';
import { Simulator } from './simulator.ts';
import { loadWorld, makeJob } from './world.ts';

let s: TestServer;
let life: Lifecycle;
beforeEach(async () => {
  s = await startTestServer();
  life = s.sandbox.life;
  // A quiet server: nothing queued or running, so each test sets the stage itself.
  s.sandbox.db.exec(`DELETE FROM jobs WHERE status = 'Queued'`);
  s.sandbox.db.exec(
    `UPDATE jobs SET status = 'Completed', status_rank = 4, disposition = 'Success', completion_ms = start_ms WHERE status IN ('Initializing', 'Running')`,
  );
});
afterEach(() => s.close());

const row = (id: string) =>
  s.sandbox.db.prepare('SELECT status, disposition, start_ms, completion_ms, msg_count FROM jobs WHERE id = ?').get(id) as
    { status: string; disposition: string; start_ms: number | null; completion_ms: number | null; msg_count: number } | undefined;
const messageCount = (id: string) =>
  (s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM messages WHERE job_id = ?').get(id) as { n: number }).n;

function queue(priority: string, createMs: number, opts: { runMs?: number; disposition?: string } = {}): string {
  const rng = createRng(`${priority}:${createMs}`);
  const job = makeJob(loadWorld(s.sandbox.db), rng, createMs);
  job.priority = priority;
  job.planRunMs = opts.runMs ?? 60_000;
  job.planMessages = 30;
  job.planDisposition = opts.disposition ?? 'Success';
  life.insertJobNow(job);
  return job.id;
}

const still = (workers: number) => new Simulator(s.sandbox.db, life, { workers, arrivalsPerMinute: 0, seed: 'test' });

describe('the lifecycle simulator', () => {
  it('takes a job through Queued → Initializing → Running → Completed, writing its log and outputs', () => {
    const t0 = s.clock.now;
    const id = queue('Default', t0 - 10_000, { runMs: 60_000, disposition: 'Success' });
    const sim = still(1);
    sim.tick(t0);
    expect(row(id)).toMatchObject({ status: 'Initializing', start_ms: t0, msg_count: 0 });
    sim.tick(t0 + INIT_MS);
    expect(row(id)).toMatchObject({ status: 'Running', msg_count: 1 });
    sim.tick(t0 + INIT_MS + 30_000);
    const halfway = row(id)!.msg_count;
    expect(halfway).toBeGreaterThan(10);
    expect(halfway).toBeLessThan(31);
    expect(messageCount(id)).toBe(halfway);
    sim.tick(t0 + INIT_MS + 60_000);
    const done = row(id)!;
    expect(done).toMatchObject({ status: 'Completed', disposition: 'Success', completion_ms: t0 + INIT_MS + 60_000 });
    expect(messageCount(id)).toBe(done.msg_count);
    const last = s.sandbox.db.prepare('SELECT text FROM messages WHERE job_id = ? ORDER BY seq DESC LIMIT 1').get(id) as { text: string };
    expect(last.text).toMatch(/^Finished running/);
    expect((s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM outputs WHERE job_id = ?').get(id) as { n: number }).n).toBeGreaterThan(0);
  });

  it('a failed run ends Completed with disposition Error and an error line', () => {
    const t0 = s.clock.now;
    const id = queue('Default', t0 - 1000, { runMs: 5000, disposition: 'Error' });
    const sim = still(1);
    for (let t = t0; t <= t0 + 20_000; t += 1000) sim.tick(t);
    expect(row(id)).toMatchObject({ status: 'Completed', disposition: 'Error' });
    expect(s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM messages WHERE job_id = ? AND status = 3').get(id)).toEqual({ n: 1 });
  });

  it('fills free slots by priority, then age', () => {
    const t0 = s.clock.now;
    const ids = {
      low: queue('Low', t0 - 60_000),
      highOld: queue('High', t0 - 50_000),
      defaultOld: queue('Default', t0 - 40_000),
      critical: queue('Critical', t0 - 10_000),
      highNew: queue('High', t0 - 5_000),
      six: queue('6', t0 - 1_000),
    };
    const sim = still(1);
    const order: string[] = [];
    for (let t = t0; order.length < 6 && t < t0 + 3_600_000; t += 1000) {
      sim.tick(t);
      for (const [name, id] of Object.entries(ids)) if (row(id)!.status !== 'Queued' && !order.includes(name)) order.push(name);
    }
    expect(order).toEqual(['six', 'critical', 'highOld', 'highNew', 'defaultOld', 'low']);
  });

  it('never runs more jobs at once than there are workers', () => {
    const t0 = s.clock.now;
    for (let i = 0; i < 10; i++) queue('Default', t0 - i * 1000, { runMs: 20_000 });
    const sim = still(3);
    for (let t = t0; t < t0 + 120_000; t += 1000) {
      sim.tick(t);
      const active = s.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE status IN ('Initializing', 'Running')`).get() as {
        n: number;
      };
      expect(active.n).toBeLessThanOrEqual(3);
    }
    expect(s.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE status = 'Queued'`).get()).toEqual({ n: 0 });
  });

  it('new jobs arrive from schedules and manual runs, a few a minute', () => {
    const before = (s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n;
    const sim = new Simulator(s.sandbox.db, life, { workers: 4, seed: 'arrivals' });
    const t0 = s.clock.now;
    for (let t = t0; t <= t0 + 20 * 60_000; t += 1000) sim.tick(t);
    const fresh = s.sandbox.db.prepare('SELECT schedule_id FROM jobs WHERE create_ms > ?').all(t0) as { schedule_id: string | null }[];
    expect(fresh.length).toBeGreaterThan(20);
    expect(fresh.length).toBeLessThan(120);
    expect(fresh.some((j) => j.schedule_id)).toBe(true);
    expect(fresh.some((j) => !j.schedule_id)).toBe(true);
    expect((s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n).toBe(before + fresh.length);
  });

  it('a cancelled queued job is never picked up again', () => {
    const t0 = s.clock.now;
    const id = queue('Critical', t0 - 1000);
    expect(life.cancel(id, t0)).toBe('deleted');
    const sim = still(4);
    for (let t = t0; t < t0 + 10_000; t += 1000) sim.tick(t);
    expect(row(id)).toBeUndefined();
    expect(messageCount(id)).toBe(0);
  });

  it('a job cancelled just before it would finish stays cancelled, with one closing', () => {
    const t0 = s.clock.now;
    const id = queue('Default', t0 - 1000, { runMs: 10_000, disposition: 'Success' });
    const sim = still(1);
    sim.tick(t0);
    sim.tick(t0 + INIT_MS);
    expect(life.cancel(id, t0 + INIT_MS + 9_999)).toBe('cancelled');
    sim.tick(t0 + INIT_MS + 10_000);
    sim.tick(t0 + INIT_MS + 20_000);
    expect(row(id)).toMatchObject({ status: 'Completed', disposition: 'Cancelled', completion_ms: t0 + INIT_MS + 9_999 });
    const closings = s.sandbox.db.prepare(`SELECT COUNT(*) AS n FROM messages WHERE job_id = ? AND text LIKE 'Finished running%'`).get(id);
    expect(closings).toEqual({ n: 1 });
    expect((s.sandbox.db.prepare('SELECT COUNT(*) AS n FROM outputs WHERE job_id = ?').get(id) as { n: number }).n).toBe(0);
  });

  it('a job that finished first cannot be cancelled afterwards', () => {
    const t0 = s.clock.now;
    const id = queue('Default', t0 - 1000, { runMs: 5000 });
    const sim = still(1);
    for (let t = t0; t <= t0 + INIT_MS + 5000; t += 1000) sim.tick(t);
    expect(row(id)!.status).toBe('Completed');
    expect(life.cancel(id, t0 + 60_000)).toBe('not-cancellable');
    expect(row(id)!.disposition).toBe('Success');
  });

  it('an initializing job cannot be cancelled, and goes on to run', () => {
    const t0 = s.clock.now;
    const id = queue('Default', t0 - 1000);
    const sim = still(1);
    sim.tick(t0);
    expect(life.cancel(id, t0 + 1)).toBe('not-cancellable');
    sim.tick(t0 + INIT_MS);
    expect(row(id)!.status).toBe('Running');
  });
});

describe('summary totals', () => {
  it('stay exact through arrivals, runs, cancels and deletes', () => {
    const sim = new Simulator(s.sandbox.db, life, { workers: 4, seed: 'totals', arrivalsPerMinute: 30 });
    const t0 = s.clock.now;
    for (let t = t0; t <= t0 + 10 * 60_000; t += 1000) {
      sim.tick(t);
      if (t % 7000 === 0) {
        const victim = s.sandbox.db
          .prepare(`SELECT id FROM jobs WHERE status IN ('Queued', 'Running') ORDER BY create_ms LIMIT 1`)
          .get() as { id: string } | undefined;
        if (victim) life.cancel(victim.id, t);
      }
    }
    const byKey = (sql: string) =>
      Object.fromEntries((s.sandbox.db.prepare(sql).all() as { k: string; n: number }[]).filter((r) => r.n > 0).map((r) => [r.k, r.n]));
    expect(byKey(`SELECT user_id || status || priority || app_key AS k, SUM(n) AS n FROM job_counts GROUP BY 1`)).toEqual(
      byKey(`SELECT user_id || status || priority || app_key AS k, COUNT(*) AS n FROM jobs GROUP BY 1`),
    );
    expect(byKey(`SELECT day AS k, n FROM completion_day_counts`)).toEqual(
      byKey(`SELECT completion_ms / 86400000 AS k, COUNT(*) AS n FROM jobs WHERE completion_ms IS NOT NULL GROUP BY 1`),
    );
  });
});
