/** The cast of the sandbox as the simulator needs it: who may run what, and how. */
import type { Db } from './db.ts';
import type { Rng } from './seed/rng.ts';
import { appKey, objectId } from './domain.ts';
import { planRun, type NewJob, type WorkflowRow } from './lifecycle.ts';
import { PRIORITY_MIX } from './seed/catalog.ts';

export interface World {
  users: { id: string; role: string; active: boolean }[];
  workflows: WorkflowRow[];
  schedules: { id: string; workflowId: string; ownerId: string; priority: string }[];
  /** Workflows each user may run: owned, shared with them, or any for a Curator. */
  runnable: Map<string, WorkflowRow[]>;
}

export function loadWorld(db: Db): World {
  const users = (
    db.prepare('SELECT id, role, is_active FROM users ORDER BY id').all() as { id: string; role: string; is_active: number }[]
  ).map((u) => ({ id: u.id, role: u.role, active: u.is_active === 1 }));
  const workflows = db
    .prepare('SELECT id, name, owner_id, worker_tag, is_amp, tool_count, median_run_s, output_plan FROM workflows ORDER BY id')
    .all() as (WorkflowRow & { owner_id: string })[];
  const schedules = db
    .prepare('SELECT id, workflow_id AS workflowId, owner_id AS ownerId, priority FROM schedules ORDER BY id')
    .all() as World['schedules'];
  const shared = db
    .prepare(
      'SELECT cu.user_id, cw.workflow_id FROM collection_users cu JOIN collection_workflows cw ON cw.collection_id = cu.collection_id',
    )
    .all() as { user_id: string; workflow_id: string }[];
  const runnable = new Map<string, WorkflowRow[]>();
  for (const u of users) {
    const mine = new Set(shared.filter((s) => s.user_id === u.id).map((s) => s.workflow_id));
    runnable.set(
      u.id,
      workflows.filter((w) => u.role === 'Curator' || w.owner_id === u.id || mine.has(w.id)),
    );
  }
  return { users, workflows, schedules, runnable };
}

/**
 * A new job as the server would create it: from a schedule (run by its owner, at its
 * priority) or run by hand by a user. `user` forces a manual run by that user.
 */
export function makeJob(world: World, rng: Rng, createMs: number, opts: { user?: string; maxMedianRunS?: number } = {}): NewJob {
  let userId: string;
  let wf: WorkflowRow;
  let priority: string;
  let scheduleId: string | null = null;
  if (opts.user === undefined && world.schedules.length > 0 && rng.chance(0.6)) {
    const s = rng.pick(world.schedules);
    userId = s.ownerId;
    wf = world.workflows.find((w) => w.id === s.workflowId)!;
    priority = s.priority;
    scheduleId = s.id;
  } else {
    userId = opts.user ?? rng.pick(world.users.filter((u) => u.active)).id;
    const choices = world.runnable.get(userId) ?? [];
    wf = choices.length > 0 ? rng.pick(choices) : rng.pick(world.workflows);
    priority = rng.weighted(PRIORITY_MIX);
  }
  // Servers report a workflow's name with and without ".yxmd" from run to run.
  const appName = rng.chance(0.15) ? toggleExtension(wf.name) : wf.name;
  const plan = planRun(rng, Math.min(wf.median_run_s, opts.maxMedianRunS ?? Infinity));
  return {
    id: objectId(createMs, rng),
    workflow: wf,
    appName,
    userId,
    scheduleId,
    priority,
    workerTag: wf.worker_tag,
    runWithE2: wf.is_amp === 1 ? rng.chance(0.9) : rng.chance(0.1),
    createMs,
    planRunMs: plan.runMs,
    planMessages: plan.messages,
    planDisposition: plan.disposition,
  };
}

function toggleExtension(name: string): string {
  return appKey(name) === name.toLowerCase() ? `${name}.yxmd` : name.replace(/\.yxmd$/i, '');
}
