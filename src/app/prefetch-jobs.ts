import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../lib/session.ts';
import { jobListQueries } from '../features/jobs/api/job-list-queries.ts';
import { jobsListViewAt } from './paths.ts';
import { loadVirtualJobRows, VIRTUAL_FROM } from '../features/jobs/components/virtual-rows-loader.ts';

/**
 * The jobs page's data, asked for as the app starts, before its first render: the list's
 * answer is usually on its way already (app/early-jobs.ts). Resolves once the list is in the
 * cache (or has failed, or the page is not the jobs list).
 */
export function prefetchJobsPage(
  queryClient: QueryClient,
  { pathname, search }: Pick<Location, 'pathname' | 'search'>,
  session: Session | null,
) {
  const view = session?.role === 'curator' ? jobsListViewAt(pathname, search) : null;
  if (!view) return Promise.resolve();
  void queryClient.prefetchQuery(jobListQueries.users());
  void queryClient.prefetchQuery(jobListQueries.workflows());
  // Big pages draw through the virtualizer: fetch its code beside the data.
  if (view.pageSize > VIRTUAL_FROM) void loadVirtualJobRows();
  return queryClient.prefetchQuery(jobListQueries.list(view, true));
}
