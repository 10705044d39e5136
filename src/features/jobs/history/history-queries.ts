/**
 * The Overview history's queries: the window's finished jobs (its sample) and the per-day
 * counts. Their keys sit under the feature's `history` branch, apart from the lists, so a
 * cancel does not walk the history again: it changes no finished job.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { jobKeys } from '../api/query-keys.ts';
import { readDayCounts } from './day-counts.ts';
import { DAY_MS, dayStartMs, shiftDay, utcDay } from './days.ts';
import { readFinishedDays } from './finished-days.ts';
import { setProgress } from './history-progress.ts';

export type SampleWindow = '24h' | '7d' | '30d';

export interface WindowSpan {
  /** The UTC days read, inclusive. */
  fromDay: string;
  toDay: string;
  /** The window itself, epoch ms: 24h is the last 24 hours; 7d and 30d are whole UTC days up to now. */
  fromMs: number;
  toMs: number;
}

const DAYS: Record<SampleWindow, number> = { '24h': 1, '7d': 7, '30d': 30 };

export function windowSpan(window: SampleWindow, nowMs: number): WindowSpan {
  const toDay = utcDay(nowMs);
  if (window === '24h') return { fromDay: utcDay(nowMs - DAY_MS), toDay, fromMs: nowMs - DAY_MS, toMs: nowMs };
  const fromDay = shiftDay(toDay, -(DAYS[window] - 1));
  return { fromDay, toDay, fromMs: dayStartMs(fromDay), toMs: nowMs };
}

/** The page's refresh, but a walk of the history at most once a minute. */
const MIN_REFRESH_MS = 60_000;
export const sampleRefetch = (refreshS: number): number | false => (refreshS > 0 ? Math.max(refreshS * 1000, MIN_REFRESH_MS) : false);

export const historyQueries = {
  /** The finished jobs of the window's days; the key names only the days, so the jobs page's baselines share it. */
  sample: (window: SampleWindow, nowMs: number, refreshS = 0) => {
    const { fromDay, toDay } = windowSpan(window, nowMs);
    return queryOptions({
      queryKey: jobKeys.history('sample', fromDay, toDay),
      queryFn: ({ signal, queryKey }) =>
        readFinishedDays(fromDay, toDay, { signal, onProgress: (read, total) => setProgress(queryKey, { read, total }) }),
      placeholderData: keepPreviousData,
      staleTime: MIN_REFRESH_MS,
      refetchInterval: sampleRefetch(refreshS),
    });
  },
  /** Jobs completed per UTC day, oldest first, from one-item lists: exact and independent of the cap. */
  dayCounts: (window: SampleWindow, nowMs: number, refreshS = 0) => {
    const { fromDay, toDay } = windowSpan(window, nowMs);
    return queryOptions({
      queryKey: jobKeys.history('counts', fromDay, toDay),
      queryFn: ({ signal }) => readDayCounts(fromDay, toDay, { signal }),
      placeholderData: keepPreviousData,
      staleTime: MIN_REFRESH_MS,
      refetchInterval: sampleRefetch(refreshS),
    });
  },
};
