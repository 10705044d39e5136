/** One job: its record and its messages, refreshed while the job can still change. */
import { queryOptions } from '@tanstack/react-query';
import { LenientJobView, readAs, readMessages, type LenientJobListItem } from '../../../../contract/lenient.ts';
import { isActive, isFinished } from '../../../../contract/job-words.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { jobFacts } from '../facts/job-facts.ts';
import { resultFacts } from '../facts/job-facts-requests.ts';
import { locateJobItem } from '../facts/locate-job.ts';
import { jobKeys } from './query-keys.ts';

const REFRESH_MS = 3000;
const ITEM_REFRESH_MS = 10_000;

export const jobDetailQueries = {
  detail: (jobId: string) =>
    queryOptions({
      queryKey: [...jobKeys.job(jobId), 'detail'],
      queryFn: async ({ signal }) => {
        const body = await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { query: { includeMessages: false }, signal });
        const view = readAs(LenientJobView, body, 'job');
        jobFacts.noteResult(jobId, resultFacts(view));
        return view;
      },
      refetchInterval: (q) => (isActive(q.state.data?.status) ? REFRESH_MS : false),
    }),
  /**
   * The job's list item (who ran it, its times), which a JobView lacks: what the browser keeps
   * of a finished job, or else found in the list (see locate-job). Null when the list does not
   * have it. A new one is looked for when the job ends.
   */
  item: (jobId: string, view: LenientJobView | undefined, workflowName: string | null) =>
    queryOptions({
      queryKey: [...jobKeys.job(jobId), 'item', view ? isFinished(view.status) : null, workflowName],
      queryFn: async ({ signal }): Promise<LenientJobListItem | null> => {
        const kept = await jobFacts.recallItem(jobId);
        if (kept || !view) return kept ?? null;
        const item = await locateJobItem(view, workflowName, signal);
        if (item) jobFacts.noteItems([item]);
        return item;
      },
      enabled: view !== undefined,
      staleTime: view && isFinished(view.status) ? Infinity : 0,
      // Finding it takes a few list requests: a live job's times tick in between anyway.
      refetchInterval: view && isActive(view.status) ? ITEM_REFRESH_MS : false,
    }),
  /**
   * A Curator reads messages from /messages; others only get them inside the job itself.
   * `active` keeps them refreshing while the job runs.
   */
  messages: (jobId: string, isCurator: boolean, active: boolean) =>
    queryOptions({
      queryKey: [...jobKeys.job(jobId), 'messages', isCurator],
      queryFn: async ({ signal }) => {
        if (isCurator) return readMessages(await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}/messages`, { signal }));
        const view = readAs(LenientJobView, await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { signal }), 'job');
        return view.messages == null ? [] : readMessages(view.messages);
      },
      refetchInterval: active ? REFRESH_MS : false,
    }),
};
