/**
 * The Overview's live data: counts read from one-item lists (the server counts, the browser
 * never fetches every job for a number), the queue and the running jobs, and queued jobs' worker
 * tags. The lists sit under the feature's `lists` key, so a cancel refreshes them with the rest.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { LenientJobList, LenientJobView, readAs } from '../../../../../contract/lenient.ts';
import { apiJson } from '../../../../lib/api-client.ts';
import { jobKeys } from '../../api/query-keys.ts';

/** The statuses the Overview counts, in the list filter's words. */
export const NOW_STATUSES = ['Running', 'Initializing', 'Queued'] as const;
export type NowStatus = (typeof NOW_STATUSES)[number];

/** The most queued jobs the explainer lists, and the most whose tags it asks for. */
export const QUEUE_LIMIT = 1000;
export const TAGS_FOR = 100;
const TAGS_AT_ONCE = 4;

const every = (refresh: number) => (refresh > 0 ? refresh * 1000 : false);

const list = (what: string, params: Record<string, string | number | boolean>, refresh: number) =>
  queryOptions({
    queryKey: jobKeys.now(what, params),
    queryFn: async ({ signal }) => readAs(LenientJobList, await apiJson('/v3/jobs', { query: params, signal }), 'job list'),
    placeholderData: keepPreviousData,
    refetchInterval: every(refresh),
  });

export const nowQueries = {
  /** How many jobs are in a status: the oldest one's item comes with it (the queue's longest wait). */
  count: (status: NowStatus, refresh: number) =>
    list('count', { allUsers: true, statuses: status, sortField: 'CreateDate', direction: 'asc', limit: 1 }, refresh),
  /** The jobs in a status, oldest first, up to the explainer's limit. */
  jobs: (status: NowStatus, refresh: number) =>
    list('jobs', { allUsers: true, statuses: status, sortField: 'CreateDate', direction: 'asc', limit: QUEUE_LIMIT }, refresh),
  /**
   * A queued job's worker tag, from its detail (list items do not carry it). It never changes
   * while the job waits, so it is asked for once per job; a few at a time, so a long queue does
   * not crowd out the page's other requests.
   */
  workerTag: (jobId: string) =>
    queryOptions({
      queryKey: [...jobKeys.job(jobId), 'workerTag'],
      queryFn: ({ signal }) =>
        oneOfFew(async () => {
          const body = await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { query: { includeMessages: false }, signal });
          return readAs(LenientJobView, body, 'job').workerTag?.trim() ?? '';
        }),
      staleTime: Infinity,
    }),
};

let inFlight = 0;
const waiting: (() => void)[] = [];
/** Runs at most TAGS_AT_ONCE of these at a time, the rest in the order they came. */
async function oneOfFew<T>(task: () => Promise<T>): Promise<T> {
  // A finished task hands its place straight to the next, so none slips in between.
  if (inFlight >= TAGS_AT_ONCE) await new Promise<void>((go) => waiting.push(go));
  else inFlight++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }
}
