/** The cast of the sandbox as the simulator needs it: who may run what, and how. */
import { Users } from './data/users.ts';
import { Workflows, type RunnableWorkflow, type ScheduleRow } from './data/workflows.ts';
import type { Db } from './db.ts';
import type { Rng } from './seed/rng.ts';
import { workflowKey } from '../../contract/job-words.ts';
import { objectId } from './domain.ts';
import { dispositionMix, planRun, type NewJob } from './lifecycle.ts';
import { PRIORITY_MIX, WORKFLOWS } from './seed/catalog.ts';

/** The few workflows that fail often end their runs with their own mix. */
export const FAILING_MIXES = new Map(
  WORKFLOWS.flatMap((w) => (w.errorPercent === undefined ? [] : [[w.name, dispositionMix(w.errorPercent)] as const])),
);

export interface World {
  users: { id: string; role: string; active: boolean }[];
  workflows: RunnableWorkflow[];
  schedules: ScheduleRow[];
  /** Workflows each user may run: those they may see. */
  runnable: Map<string, RunnableWorkflow[]>;
}

export function loadWorld(db: Db): World {
  const users = new Users(db).byId().map((u) => ({ id: u.id, role: u.role, active: u.is_active === 1 }));
  const data = new Workflows(db);
  const workflows = data.byId();
  const runnable = new Map<string, RunnableWorkflow[]>();
  for (const u of users) {
    const visible = new Set(data.visibleTo(u).map((w) => w.id));
    runnable.set(
      u.id,
      workflows.filter((w) => visible.has(w.id)),
    );
  }
  return { users, workflows, schedules: data.schedules(), runnable };
}

/**
 * A new job as the server would create it: from a schedule (run by its owner, at its
 * priority) or run by hand by a user. `user` forces a manual run by that user.
 */
export function makeJob(world: World, rng: Rng, createMs: number, opts: { user?: string; maxMedianRunS?: number } = {}): NewJob {
  let userId: string;
  let wf: RunnableWorkflow;
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
  const plan = planRun(rng, Math.min(wf.median_run_s, opts.maxMedianRunS ?? Infinity), FAILING_MIXES.get(wf.name));
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
  return workflowKey(name) === name.toLowerCase() ? `${name}.yxmd` : name.replace(/\.yxmd$/i, '');
}
