/**
 * Crash safety: `kill -9` in the middle of heavy writes (the simulator at full speed, runs
 * being queued and cancelled), ten times over one database. After every crash the database
 * must be intact, every acknowledged write must be there, and nothing may be lost or doubled.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { adminToken } from '../bench/lib.ts';
import { spawnServer } from '../test/spawn-server.ts';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 10);
const CLIENTS = 6;

const dir = mkdtempSync(join(tmpdir(), 'crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dbFile = join(dir, 'sandbox.sqlite');

const env = {
  SANDBOX_DB: dbFile,
  SANDBOX_JOBS: '300',
  SANDBOX_SIMULATE: '1',
  // A busy server: a hundred new runs a second, sixteen at a time, stepped every 20 ms.
  SANDBOX_ARRIVALS: '6000',
  SANDBOX_TICK_MS: '20',
  SANDBOX_WORKERS: '16',
  TOKEN_RATE_LIMIT: '100000',
};

/** What the server acknowledged (a 200 reached us) and what was merely sent. */
interface Ledger {
  created: Set<string>;
  deleted: Set<string>;
  cancelled: Set<string>;
  cancelsSent: Set<string>;
}

/** Queues runs and cancels them (queued ones are deleted, running ones stopped) until the server dies. */
async function client(base: string, auth: string, workflows: string[], ledger: Ledger, seed: number): Promise<void> {
  const authorization = `Bearer ${auth}`;
  let n = seed;
  const mine: string[] = [];
  for (;;) {
    n = (n * 1103515245 + 12345) & 0x7fffffff;
    try {
      if (mine.length < 3 || n % 3 !== 0) {
        const res = await fetch(`${base}/webapi/v3/workflows/${workflows[n % workflows.length]}/jobs`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ priority: ['Low', 'Medium', 'High'][n % 3] }),
        });
        if (res.status !== 200) throw new Error(`queueing answered ${res.status}`);
        const id = ((await res.json()) as { id: string }).id;
        ledger.created.add(id);
        mine.push(id);
      } else {
        // Cancel one of our queued runs (deleted) or a running job (stopped and kept).
        let id = mine.splice(n % mine.length, 1)[0]!;
        if (n % 2 === 0) {
          const res = await fetch(`${base}/webapi/v3/jobs?statuses=Running&allUsers=true&limit=20`, { headers: { authorization } });
          const page = (await res.json()) as { data: { jobId: string }[] };
          const running = page.data.map((j) => j.jobId).filter((j) => !ledger.cancelsSent.has(j));
          if (running.length) id = running[n % running.length]!;
        }
        ledger.cancelsSent.add(id);
        const res = await fetch(`${base}/webapi/v3/jobs/${id}`, { method: 'DELETE', headers: { authorization } });
        const body = (await res.json()) as { message?: string; status?: string };
        if (res.status === 200) (body.message === 'Deleted Successfully.' ? ledger.deleted : ledger.cancelled).add(id);
        // A run that finished before its cancel is refused (400); anything else is a fault.
        else if (res.status !== 400) throw new Error(`cancelling answered ${res.status}: ${body.message}`);
      }
    } catch (e) {
      // The server is gone: the request in flight is neither acknowledged nor refused.
      if (e instanceof TypeError && e.message === 'fetch failed') return;
      throw e;
    }
  }
}

function check(ledger: Ledger, before: Set<string>): { jobs: Set<string> } {
  const db = new Database(dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const ids = new Set(db.prepare('SELECT id FROM jobs').pluck().all() as string[]);
    expect(ids.size).toBe(db.prepare('SELECT COUNT(*) FROM jobs').pluck().get() as number);

    // A cancel in flight at the kill may or may not have landed; every other acknowledged run must be here.
    for (const id of ledger.created) if (!ledger.cancelsSent.has(id)) expect(ids.has(id), `acknowledged job ${id}`).toBe(true);
    for (const id of ledger.deleted) expect(ids.has(id), `deleted job ${id}`).toBe(false);
    const stopped = db.prepare("SELECT status || '/' || disposition FROM jobs WHERE id = ?").pluck();
    for (const id of ledger.cancelled) expect(stopped.get(id), `cancelled job ${id}`).toBe('Completed/Cancelled');
    // Only a cancel removes a job, so every job from before the round that no cancel was sent for is still here.
    for (const id of before) if (!ledger.cancelsSent.has(id)) expect(ids.has(id), `older job ${id}`).toBe(true);

    // The totals the list shows come from trigger-kept tables: they must match the rows exactly.
    const drift = db
      .prepare(
        `SELECT COUNT(*) FROM (
           SELECT user_id, status, priority, app_key, COUNT(*) AS n FROM jobs GROUP BY 1, 2, 3, 4
           EXCEPT SELECT user_id, status, priority, app_key, n FROM job_counts WHERE n > 0)`,
      )
      .pluck()
      .get();
    expect(drift).toBe(0);
    expect(db.prepare('SELECT SUM(n) FROM job_counts').pluck().get()).toBe(ids.size);
    const days = db
      .prepare(
        `SELECT COUNT(*) FROM (
           SELECT completion_ms / 86400000, COUNT(*) FROM jobs WHERE completion_ms IS NOT NULL GROUP BY 1
           EXCEPT SELECT day, n FROM completion_day_counts WHERE n > 0)`,
      )
      .pluck()
      .get();
    expect(days).toBe(0);
    return { jobs: ids };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(
    `${ROUNDS} rounds of kill -9 during heavy writes: integrity ok, acknowledged writes kept, no job lost or doubled`,
    async () => {
      const ledger: Ledger = { created: new Set(), deleted: new Set(), cancelled: new Set(), cancelsSent: new Set() };
      let before = new Set<string>();
      let workflows: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const server = await spawnServer(env);
        // A failed assertion must not leave a busy server behind.
        onTestFinished(() => void server.child.kill('SIGKILL'));
        const { token: auth } = await adminToken(server.base);
        if (!workflows.length) {
          const res = await fetch(`${server.base}/webapi/v3/workflows`, { headers: { authorization: `Bearer ${auth}` } });
          workflows = ((await res.json()) as { id: string }[]).map((w) => w.id);
        }
        const createdBefore = ledger.created.size;
        const clients = Array.from({ length: CLIENTS }, (_, i) => client(server.base, auth, workflows, ledger, round * 100 + i));
        // The kill lands at a different point of the write traffic each round.
        await new Promise((r) => setTimeout(r, 400 + ((round * 137) % 600)));
        server.child.kill('SIGKILL');
        await Promise.all(clients);
        expect(await server.exited).toBe(null);
        expect(ledger.created.size, `round ${round} queued runs before the kill`).toBeGreaterThan(createdBefore);
        before = check(ledger, before).jobs;
      }
      // Both kinds of cancel were acknowledged along the way.
      expect(ledger.deleted.size).toBeGreaterThan(0);
      expect(ledger.cancelled.size).toBeGreaterThan(0);
    },
    30_000 + ROUNDS * 10_000,
  );
});
