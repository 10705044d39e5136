/** A list view as the API's query parameters. Plain, so the page's first script can use it too. */
import { toApiRange } from '../lib/dates.ts';
import { SORT_FIELD_OF, STATUS_FILTER, type JobStatus } from '../../../../contract/job-words.ts';
import type { JobsView } from '../state/view.ts';

const apiStatus = (s: string) => STATUS_FILTER[s as JobStatus] ?? s;

export function listParams(v: JobsView, isCurator: boolean) {
  const allUsers = isCurator && !v.onlyMine;
  return {
    sortField: SORT_FIELD_OF[v.sort],
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
