/** One job: its record and its messages, refreshed while the job can still change. */
import { queryOptions } from '@tanstack/react-query';
import { LenientJobView, readAs, readMessages } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';

export const ACTIVE_STATUSES = ['Queued', 'Initializing', 'Running', 'Created'];
export const isActive = (status: string | undefined) => status !== undefined && ACTIVE_STATUSES.includes(status);
const REFRESH_MS = 3000;

export const jobQueries = {
  all: ['job'] as const,
  detail: (jobId: string) =>
    queryOptions({
      queryKey: [...jobQueries.all, jobId, 'detail'],
      queryFn: async ({ signal }) =>
        readAs(
          LenientJobView,
          await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { query: { includeMessages: false }, signal }),
          'job',
        ),
      refetchInterval: (q) => (isActive(q.state.data?.status) ? REFRESH_MS : false),
    }),
  /**
   * A Curator reads messages from /messages; others only get them inside the job itself.
   * `active` keeps them refreshing while the job runs.
   */
  messages: (jobId: string, isCurator: boolean, active: boolean) =>
    queryOptions({
      queryKey: [...jobQueries.all, jobId, 'messages', isCurator],
      queryFn: async ({ signal }) => {
        if (isCurator) return readMessages(await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}/messages`, { signal }));
        const view = readAs(LenientJobView, await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { signal }), 'job');
        return view.messages == null ? [] : readMessages(view.messages);
      },
      refetchInterval: active ? REFRESH_MS : false,
    }),
};
