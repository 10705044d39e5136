/**
 * Grows the sandbox's world from a seed: users, collections, workflows, schedules and a
 * history of jobs ending at `nowMs`, with a live queue and jobs running right now.
 */
import type { Db } from '../db.ts';
import { clearDatabase, SCHEMA_VERSION, writeMeta } from '../db.ts';
import { DAY_MS, objectId } from '../domain.ts';
import { INIT_MS, Lifecycle, outputsFor, type NewJob } from '../lifecycle.ts';
import { loadWorld, makeJob, type World } from '../world.ts';
import { COLLECTIONS, PRIORITY_MIX, RUNAWAY_WORKFLOW, USERS, WORKFLOWS, type OutputSeed } from './catalog.ts';
import { officeCreateTimes, queueWaitMs } from './rhythm.ts';
import { createRng, type Rng } from './rng.ts';

export interface SeedOptions {
  seed: string;
  jobs: number;
  nowMs: number;
  /** Full logs for every job; the million-job benchmark turns them off. */
  messages?: boolean;
}

export const QUEUED_AT_SEED = 25;
export const RUNNING_AT_SEED = 4;

export function seedDatabase(db: Db, opts: SeedOptions): void {
  const rng = createRng(`sandbox:${opts.seed}`);
  db.transaction(() => {
    clearDatabase(db);
    seedCatalog(db, rng, opts.nowMs);
    seedJobs(db, rng, opts);
    writeMeta(db, 'schemaVersion', String(SCHEMA_VERSION));
    writeMeta(db, 'seed', opts.seed);
    writeMeta(db, 'seededAt', new Date(opts.nowMs).toISOString());
  })();
  db.exec('ANALYZE');
}

function seedCatalog(db: Db, rng: Rng, nowMs: number): void {
  const daysAgo = (days: number) => nowMs - days * DAY_MS - rng.int(0, DAY_MS);
  const insUser = db.prepare(`INSERT INTO users (id, first_name, last_name, email, role, is_active, date_created_ms, api_key, api_secret)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const userIds = USERS.map((u, i) => {
    const createdMs = daysAgo(900 - i * 20);
    const id = objectId(createdMs, rng);
    const email = `${u.first}.${u.last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com';
    // Users without documented credentials get keys nobody knows.
    const key = u.key ?? `key-${id}-${rng.int(1e8, 9e8)}`;
    const secret = u.secret ?? `secret-${id}-${rng.int(1e8, 9e8)}`;
    insUser.run(id, u.first, u.last, email, u.role, u.active === false ? 0 : 1, createdMs, key, secret);
    return id;
  });

  const insWorkflow = db.prepare(`INSERT INTO workflows (id, source_app_id, name, owner_id, date_created_ms, published_version,
    is_amp, execution_mode, worker_tag, tool_count, median_run_s, output_plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const workflowIds = WORKFLOWS.map((w, i) => {
    const createdMs = daysAgo(700 - i * 10);
    const id = objectId(createdMs, rng);
    const mode = rng.weighted([
      ['Standard', 8],
      ['SemiSafe', 1],
      ['Safe', 1],
    ] as const);
    insWorkflow.run(
      id,
      objectId(createdMs, rng),
      w.name,
      userIds[w.owner]!,
      createdMs,
      rng.int(1, 14),
      rng.chance(0.6) ? 1 : 0,
      mode,
      w.workerTag ?? '',
      rng.int(6, 60),
      w.medianRunS,
      JSON.stringify(w.outputs),
    );
    return id;
  });

  const insCollection = db.prepare('INSERT INTO collections (id, name) VALUES (?, ?)');
  const insMember = db.prepare('INSERT INTO collection_users (collection_id, user_id) VALUES (?, ?)');
  const insShared = db.prepare('INSERT INTO collection_workflows (collection_id, workflow_id) VALUES (?, ?)');
  for (const c of COLLECTIONS) {
    const id = objectId(daysAgo(400), rng);
    insCollection.run(id, c.name);
    for (const m of c.members) insMember.run(id, userIds[m]!);
    for (const name of c.workflows) insShared.run(id, workflowIds[WORKFLOWS.findIndex((w) => w.name === name)]!);
  }

  // Two of every three workflows run on a schedule; shared ones always do.
  const insSchedule = db.prepare('INSERT INTO schedules (id, workflow_id, owner_id, priority) VALUES (?, ?, ?, ?)');
  WORKFLOWS.forEach((w, i) => {
    const shared = COLLECTIONS.some((c) => c.workflows.includes(w.name));
    if (!shared && i % 3 === 2) return;
    insSchedule.run(objectId(daysAgo(300), rng), workflowIds[i]!, userIds[w.owner]!, rng.weighted(PRIORITY_MIX));
  });
}

/** Body lines of the newest finished job's log (the rest have 5 to 5,000). */
export const LONG_LOG_LINES = 5_000;
/**
 * A real server's longest runs pass a day, where its TimeSpans gain a day part (`1.02:05:00`):
 * one finished job in the middle of the history ran this long, and one running job has been
 * running for more than a day and goes on for hours (the runaway an admin looks for).
 */
export const LONG_RUN_MS = (26 * 3600 + 5 * 60) * 1000;
export const RUNAWAY_AGE_MS = 27 * 3600_000;

/** Queued jobs at seed that need a worker with a tag (counted from the newest, 0). */
const TAGGED_QUEUED = new Set([1, 5, 9, 14, 18, 22]);
/** Queued jobs at seed of High or Critical priority, which jump the queue ahead of older ones. */
const URGENT_QUEUED = new Set([3, 7, 12, 16, 20]);
/**
 * Someone working through a batch has one run going and more waiting, run by hand (Emma
 * Schmidt); the owner of the shared finance workflows has scheduled runs waiting that the
 * collection's members see (Kenji Watanabe), so a member can cancel a colleague's job.
 */
const BATCH_USER = 'Emma Schmidt';
const BATCH_QUEUED = new Set([0, 10, 19]);
const BATCH_RUNNING = QUEUED_AT_SEED + 1;
const SHARED_OWNER = 'Kenji Watanabe';
const SHARED_QUEUED = new Set([4, 11, 23]);

function seedJobs(db: Db, rng: Rng, opts: SeedOptions): void {
  const life = new Lifecycle(db);
  const world = loadWorld(db);
  const ids = seedUsers(db);
  const n = opts.jobs;
  const active = n >= 100 ? QUEUED_AT_SEED + RUNNING_AT_SEED + 1 : Math.floor(n / 4);
  const historyDays = Math.max(7, Math.min(730, Math.ceil(n / 150)));
  const historyStart = opts.nowMs - historyDays * DAY_MS;
  // History runs up to a few minutes ago, so the newest finished jobs are minutes old.
  const historyEnd = opts.nowMs - 10 * 60_000;
  const history = n - active;
  // A stream of its own, so the office's rhythm leaves the world's other draws as they were.
  const historyCreateMs = officeCreateTimes(historyStart, historyEnd, history, createRng(`rhythm:${opts.seed}`));
  const withMessages = opts.messages !== false;
  const minutes = (m: number) => m * 60_000;

  for (let i = 0; i < n; i++) {
    const fromEnd = n - 1 - i;
    const isActive = fromEnd < active;
    const initializing = isActive && fromEnd === active - 1;
    const queued = isActive && fromEnd < QUEUED_AT_SEED;
    // The newest jobs wait in the queue; just before them, a few run right now.
    const runaway = n >= 100 && fromEnd === QUEUED_AT_SEED;
    const createMs = !isActive
      ? historyCreateMs()
      : queued
        ? opts.nowMs - (fromEnd + 1) * 45_000 - rng.int(0, 30_000)
        : initializing
          ? opts.nowMs - rng.int(minutes(2), minutes(6))
          : opts.nowMs - rng.int(minutes(10), minutes(30)) - (runaway ? RUNAWAY_AGE_MS : 0);
    // The first jobs go to each user in turn, so that everyone has some.
    const job =
      i < world.users.length
        ? makeJob(world, rng, createMs, { user: world.users[i]!.id })
        : drawJob(world, rng, createMs, n >= 100 ? activeShape(fromEnd, queued, runaway, ids) : undefined);

    if (!isActive) {
      if (n >= 100 && i === Math.floor(history / 2)) job.planRunMs = LONG_RUN_MS;
      // Nothing in the past can still be running: waits and runs are cut short of now.
      const startMs = Math.min(createMs + queueWaitMs(rng, createMs), Math.max(createMs, opts.nowMs - minutes(3)));
      const completionMs = Math.min(startMs + job.planRunMs, opts.nowMs - minutes(1));
      const disposition = rng.chance(0.02) ? 'Cancelled' : job.planDisposition;
      life.insertJob(job, { status: 'Completed', startMs, completionMs, disposition });
      const planned = disposition === 'Cancelled' ? rng.int(1, job.planMessages) : job.planMessages;
      // The newest finished job always has a long log, so one is easy to find and try.
      const lines = i === history - 1 && n >= 100 ? LONG_LOG_LINES : planned;
      if (withMessages) life.writeLog(job, lines, { disposition, runMs: completionMs - startMs });
      life.writeOutputs(job.id, outputsFor(disposition, JSON.parse(job.workflow.output_plan) as OutputSeed[]), rng, completionMs);
    } else if (queued) {
      life.insertJob(job);
    } else {
      // Running jobs finish within minutes once the simulator runs; with it off they stay running.
      const drawnStartMs = initializing ? opts.nowMs - 1000 : createMs + rng.int(5_000, minutes(3));
      // Only the runaway has run past its workflow's usual time; the others are part way through a usual run.
      const partWayMs =
        opts.nowMs - INIT_MS - Math.min(minutes(4), Math.round(job.workflow.median_run_s * 1000 * (0.25 + 0.15 * (fromEnd % 4))));
      const startMs = initializing || runaway ? drawnStartMs : Math.max(drawnStartMs, partWayMs);
      const elapsedMs = Math.max(0, opts.nowMs - startMs - INIT_MS);
      job.planRunMs = elapsedMs + rng.int(20_000, minutes(8)) + (runaway ? minutes(8 * 60) : 0);
      life.insertJob(job, { status: initializing ? 'Initializing' : 'Running', startMs, completionMs: null, disposition: 'None' });
      if (!initializing) life.writeLog(job, Math.floor((job.planMessages * elapsedMs) / job.planRunMs));
    }
  }
}

/**
 * What the live jobs at seed must look like: the runaway is a run by hand of a workflow that
 * takes minutes; the queue holds jobs with and without a worker tag, a few urgent ones, and
 * the jobs of the batch and of the shared schedules above.
 */
function activeShape(fromEnd: number, queued: boolean, runaway: boolean, ids: SeedUsers): ((job: NewJob) => boolean) | undefined {
  if (runaway) return (job) => job.scheduleId === null && job.workflow.name === RUNAWAY_WORKFLOW;
  if (fromEnd === BATCH_RUNNING) return (job) => job.scheduleId === null && job.userId === ids.batch;
  if (!queued) return undefined;
  const tagged = TAGGED_QUEUED.has(fromEnd);
  const urgent = URGENT_QUEUED.has(fromEnd);
  const batch = BATCH_QUEUED.has(fromEnd);
  const shared = SHARED_QUEUED.has(fromEnd);
  return (job) =>
    (job.workerTag !== '') === tagged &&
    (!urgent || job.priority === 'High' || job.priority === 'Critical') &&
    (!batch || (job.scheduleId === null && job.userId === ids.batch)) &&
    (!shared || (job.scheduleId !== null && job.userId === ids.sharedOwner && isShared(job.workflow.name)));
}

const isShared = (workflow: string) => COLLECTIONS.some((c) => c.workflows.includes(workflow));

interface SeedUsers {
  batch: string;
  sharedOwner: string;
}

function seedUsers(db: Db): SeedUsers {
  const id = (name: string) =>
    (db.prepare(`SELECT id FROM users WHERE first_name || ' ' || last_name = ?`).get(name) as { id: string } | undefined)?.id ?? '';
  return { batch: id(BATCH_USER), sharedOwner: id(SHARED_OWNER) };
}

/** A job as the world would make it, drawn again until it has the shape asked for. */
function drawJob(world: World, rng: Rng, createMs: number, fits?: (job: NewJob) => boolean): NewJob {
  for (let tries = 0; tries < 10_000; tries++) {
    const job = makeJob(world, rng, createMs);
    if (!fits || fits(job)) return job;
  }
  throw new Error('The catalog has no workflow for one of the seeded live jobs.');
}
