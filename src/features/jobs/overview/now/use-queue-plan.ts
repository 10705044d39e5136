import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNow } from '../../../../lib/clock.ts';
import { guessSlots, queueOrder } from '../../history/queue-estimate.ts';
import { runTimeMs } from '../../lib/job-times.ts';
import { maxConcurrent } from '../../history/history-stats.ts';
import { historyQueries } from '../../history/history-queries.ts';
import { useRunBaselines } from '../../history/run-baselines.ts';
import { nowQueries, TAGS_FOR } from './now-queries.ts';
import { busySlot, overallMedian, planQueue, type Medians } from './queue-plan.ts';
import { useSlotsPerTag, useWorkerSlots } from './use-now-settings.ts';

/**
 * The queue explainer's data: the queue, what runs, the queued jobs' worker tags (for the
 * first of them), the baselines and the slots, made into the plan the panel shows. The plan
 * follows the clock in steps of 10 s: its estimates are in minutes.
 */
// Outside the component, so TanStack Query keeps the combined result while the tags stay the same.
const tagsOf = (results: { data: string | undefined; isPending: boolean }[]) => ({
  tags: results.map((r) => r.data),
  tagsPending: results.filter((r) => r.isPending).length,
});

export function useQueuePlan(refresh: number) {
  const queued = useQuery(nowQueries.jobs('Queued', refresh));
  const running = useQuery(nowQueries.jobs('Running', refresh));
  const initializing = useQuery(nowQueries.jobs('Initializing', refresh));
  const { baselines } = useRunBaselines();
  const [setSlots, onSlots] = useWorkerSlots();
  const [slotsPerTag, onSlotsPerTag] = useSlotsPerTag();
  const nowMs = useNow(10_000);

  const ordered = useMemo(() => queueOrder(queued.data?.data ?? []), [queued.data]);
  const { tags, tagsPending } = useQueries({
    queries: ordered.slice(0, TAGS_FOR).map((j) => nowQueries.workerTag(j.jobId)),
    combine: tagsOf,
  });
  const medians = useMemo<Medians>(
    () => ({ get: (k) => baselines?.get(k)?.medianMs, overall: baselines ? overallMedian(baselines.values()) : null }),
    [baselines],
  );
  const runningNow = (running.data?.pagination.totalItems ?? 0) + (initializing.data?.pagination.totalItems ?? 0);
  const busiest = useMaxConcurrent();
  const guessedSlots = guessSlots(runningNow, busiest);
  const slots = setSlots ?? guessedSlots;

  const groups = useMemo(() => {
    if (!queued.data || !running.data || !initializing.data) return null;
    const tagOf = new Map(ordered.slice(0, TAGS_FOR).map((j, i) => [j.jobId, tags[i]]));
    const busy = [
      ...running.data.data.map((j) => busySlot(j, runTimeMs(j, nowMs, running.dataUpdatedAt), nowMs, medians)),
      ...initializing.data.data.map((j) => busySlot(j, null, nowMs, medians)),
    ];
    return planQueue({ nowMs, queued: queued.data.data, tagOf: (id) => tagOf.get(id), busy, slots, slotsPerTag, medians });
  }, [queued.data, running.data, initializing.data, running.dataUpdatedAt, ordered, tags, nowMs, medians, slots, slotsPerTag]);

  const sources = [queued, running, initializing];
  return {
    groups,
    nowMs,
    medians,
    queuedTotal: queued.data?.pagination.totalItems ?? 0,
    listed: queued.data?.data.length ?? 0,
    tagsAskedFor: Math.min(ordered.length, TAGS_FOR),
    tagsPending,
    slots,
    slotsSet: setSlots !== null,
    guessedSlots,
    onSlots,
    slotsPerTag,
    onSlotsPerTag,
    updatedAt: sources.every((q) => q.data) ? Math.min(...sources.map((q) => q.dataUpdatedAt)) : 0,
    error: sources.find((q) => q.error)?.error ?? null,
    refetch: () => sources.forEach((q) => void q.refetch()),
  };
}

export type QueuePlan = ReturnType<typeof useQueuePlan>;

/** The most jobs that ran at once in the last 7 days: the same sample (and cache) as the baselines. */
function useMaxConcurrent(): number | null {
  const day = useNow(60_000);
  const { data } = useQuery({ ...historyQueries.sample('7d', day), staleTime: 10 * 60_000, refetchInterval: false });
  return useMemo(() => (data ? maxConcurrent(data.jobs) : null), [data]);
}
