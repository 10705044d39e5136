/**
 * How long each workflow usually runs, from the last 7 days of finished jobs: the median and
 * the 95th percentile, for telling a running job that runs long (the overrun badge) and for
 * guessing when queued jobs start.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNow } from '../../../lib/clock.ts';
import { workflowKey } from '../../../../contract/job-words.ts';
import type { FinishedJob } from './finished-job.ts';
import { historyQueries } from './history-queries.ts';
import { quantile } from './quantile.ts';

export interface RunBaseline {
  /** Runs it was worked out from. */
  n: number;
  medianMs: number;
  p95Ms: number;
}

/** Per workflow, by `workflowKey` of its name; only jobs with a run time count. */
export function runBaselines(jobs: readonly FinishedJob[]): Map<string, RunBaseline> {
  const runs = new Map<string, number[]>();
  for (const j of jobs) {
    if (j.runMs === null) continue;
    const key = workflowKey(j.workflowName);
    let list = runs.get(key);
    if (!list) runs.set(key, (list = []));
    list.push(j.runMs);
  }
  const out = new Map<string, RunBaseline>();
  for (const [key, list] of runs) {
    list.sort((a, b) => a - b);
    out.set(key, { n: list.length, medianMs: quantile(list, 0.5), p95Ms: quantile(list, 0.95) });
  }
  return out;
}

/** Baselines change slowly: the jobs page asks for them again at most every ten minutes. */
const BASELINE_STALE_MS = 10 * 60_000;

/**
 * The last 7 days' baselines: the same query (and cache) as the Overview's 7d window. `enabled`
 * false reads only what is already in the cache: the jobs table asks only when it shows a running job.
 */
export function useRunBaselines({ enabled = true } = {}): {
  baselines: Map<string, RunBaseline> | null;
  jobs: number;
  fromDay: string | null;
} {
  // The query's key changes with the day; a minute's step is soon enough to notice.
  const now = useNow(60_000);
  const { data } = useQuery({ ...historyQueries.sample('7d', now), staleTime: BASELINE_STALE_MS, refetchInterval: false, enabled });
  const baselines = useMemo(() => (data ? runBaselines(data.jobs) : null), [data]);
  return { baselines, jobs: data?.jobs.length ?? 0, fromDay: data?.coveredFromDay ?? null };
}
