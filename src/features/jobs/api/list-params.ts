/** A list view as the API's query parameters. Plain, so the page's first script can use it too. */
import { toApiRange } from '../lib/dates.ts';
import { SORT_FIELD_OF } from '../../../../contract/job-words.ts';
import { VALUES_FILTERS } from '../state/filters.ts';
import type { JobsView } from '../state/view.ts';

export function listParams(v: JobsView, isCurator: boolean) {
  const allUsers = isCurator && !v.onlyMine;
  return {
    sortField: SORT_FIELD_OF[v.sort],
    direction: v.dir,
    offset: (v.page - 1) * v.pageSize,
    limit: v.pageSize,
    ...(allUsers ? { allUsers: true } : {}),
    ...Object.fromEntries(
      VALUES_FILTERS.filter((f) => v[f.key].length > 0 && (allUsers || !f.allUsersOnly)).map((f) => [f.api, v[f.key].map(f.toApi)]),
    ),
    ...toApiRange(v.completedFrom, v.completedTo),
  };
}
