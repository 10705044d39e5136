/** A list view as the API's query parameters. Plain, so the page's first script can use it too. */
import { toApiRange } from '../lib/dates.ts';
import type { JobsView, SortKey } from '../state/view.ts';

const SORT_FIELD: Record<SortKey, string> = {
  queued: 'CreateDate',
  workflow: 'AppName',
  priority: 'Priority',
  status: 'Status',
  completed: 'CompletionDateTime',
};

/** The API's filter calls Completed "Complete". */
const apiStatus = (s: string) => (s === 'Completed' ? 'Complete' : s);

export function listParams(v: JobsView, isCurator: boolean) {
  const allUsers = isCurator && !v.onlyMine;
  return {
    sortField: SORT_FIELD[v.sort],
    direction: v.dir,
    offset: (v.page - 1) * v.pageSize,
    limit: v.pageSize,
    ...(v.statuses.length ? { statuses: v.statuses.map(apiStatus) } : {}),
    ...(v.priorities.length ? { priorities: v.priorities } : {}),
    ...(allUsers ? { allUsers: true } : {}),
    ...(allUsers && v.users.length ? { users: v.users } : {}),
    ...(v.workflows.length ? { workflowNames: v.workflows } : {}),
    ...toApiRange(v.completedFrom, v.completedTo),
  };
}
