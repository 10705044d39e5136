/**
 * An independent reading of the spec for the job list: every job read plainly from the
 * database, then filtered and sorted in JavaScript. API answers are checked against it.
 */
import type { Db } from '../server/sandbox/db.ts';

export interface RawJob {
  id: string;
  user_id: string;
  app_name: string;
  status: string;
  disposition: string;
  priority: string;
  create_ms: number;
  start_ms: number | null;
  completion_ms: number | null;
  schedule_id: string | null;
  workflow_id: string;
}

export function allJobs(db: Db): RawJob[] {
  return db
    .prepare(
      'SELECT id, user_id, app_name, status, disposition, priority, create_ms, start_ms, completion_ms, schedule_id, workflow_id FROM jobs',
    )
    .all() as RawJob[];
}

const NAMED: Record<string, number> = { Low: 1, Default: 2, Medium: 3, High: 4, Critical: 5 };
const LIFECYCLE: Record<string, number> = { Queued: 1, Initializing: 2, Running: 3, Completed: 4 };
export const folded = (name: string) => name.toLowerCase().replace(/\.yxmd$/, '');

export function sortJobs(jobs: RawJob[], field: string, dir: 'asc' | 'desc'): RawJob[] {
  const sign = dir === 'asc' ? 1 : -1;
  const key = (j: RawJob): number | string => {
    switch (field) {
      case 'AppName':
        return folded(j.app_name);
      case 'Priority':
        return NAMED[j.priority] ?? Number(j.priority);
      case 'Status':
        return LIFECYCLE[j.status]!;
      case 'CompletionDateTime':
        return j.completion_ms ?? Infinity;
      default:
        return j.create_ms;
    }
  };
  const cmp = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...jobs].sort((a, b) => {
    // Jobs that have not completed come last in both directions.
    if (field === 'CompletionDateTime' && (a.completion_ms === null) !== (b.completion_ms === null))
      return a.completion_ms === null ? 1 : -1;
    return sign * (cmp(key(a), key(b)) || cmp(a.create_ms, b.create_ms) || cmp(a.id, b.id));
  });
}
