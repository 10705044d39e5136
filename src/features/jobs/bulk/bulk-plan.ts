/**
 * What a bulk cancel will do, before it is confirmed: running jobs are stopped, queued ones
 * removed for good, anything else skipped. Grouped by who submitted them and by workflow so
 * an admin sees whose work they are about to touch.
 */
import { workflowKey } from '../../../../contract/job-words.ts';
export interface PlanJob {
  jobId: string;
  status: string;
  submittedBy: string;
  workflowName: string;
}

export type Action = 'stop' | 'remove';

export interface Group {
  name: string;
  stop: number;
  remove: number;
}

export interface BulkPlan<J extends PlanJob> {
  /** Running first, then queued: stopping frees a worker for the next queued job soonest. */
  todo: { job: J; action: Action }[];
  stop: number;
  remove: number;
  skipped: J[];
  byUser: Group[];
  byWorkflow: Group[];
}

export const actionFor = (status: string): Action | null => (status === 'Running' ? 'stop' : status === 'Queued' ? 'remove' : null);

/** Groups named as their first job names them; `keyOf` says which names are one. */
function group<J extends PlanJob>(todo: { job: J; action: Action }[], nameOf: (j: J) => string, keyOf = (name: string) => name): Group[] {
  const groups = new Map<string, Group>();
  for (const { job, action } of todo) {
    const name = nameOf(job);
    const g = groups.get(keyOf(name)) ?? { name, stop: 0, remove: 0 };
    g[action]++;
    groups.set(keyOf(name), g);
  }
  // Biggest first; ties by name so the order is stable between renders.
  return [...groups.values()].sort((a, b) => b.stop + b.remove - (a.stop + a.remove) || a.name.localeCompare(b.name));
}

export function planBulkCancel<J extends PlanJob>(jobs: Iterable<J>): BulkPlan<J> {
  const seen = new Set<string>();
  const running: { job: J; action: Action }[] = [];
  const queued: { job: J; action: Action }[] = [];
  const skipped: J[] = [];
  for (const job of jobs) {
    if (seen.has(job.jobId)) continue;
    seen.add(job.jobId);
    const action = actionFor(job.status);
    if (action === 'stop') running.push({ job, action });
    else if (action === 'remove') queued.push({ job, action });
    else skipped.push(job);
  }
  const todo = [...running, ...queued];
  return {
    todo,
    stop: running.length,
    remove: queued.length,
    skipped,
    byUser: group(todo, (j) => j.submittedBy),
    // A server reports one workflow's runs with and without ".yxmd": one workflow, one line.
    byWorkflow: group(todo, (j) => j.workflowName, workflowKey),
  };
}
