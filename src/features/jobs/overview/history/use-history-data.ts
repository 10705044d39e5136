/**
 * The History section's data: the window's finished jobs and, for 7d and 30d, the exact
 * per-day counts; and the figures worked out from them. The hour-of-week heatmap needs a week
 * at least, so the 24h window draws it from the 7-day read, which the Now section's baselines
 * read anyway.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNow } from '../../../../lib/clock.ts';
import { jobKeys } from '../../api/query-keys.ts';
import { historyQueries, windowSpan } from '../../history/history-queries.ts';
import { useReadProgress } from '../../history/history-progress.ts';
import { busiest, endedWithin, queueWaits, throughput, topBy, waitHeatmap } from '../../history/history-stats.ts';
import type { OverviewView } from '../overview-view.ts';

export const TOP = 10;

export function useHistoryData(view: OverviewView) {
  const now = useNow(60_000);
  const span = windowSpan(view.window, now);
  const daily = view.window !== '24h';
  const sample = useQuery(historyQueries.sample(view.window, now, view.refresh));
  const week = useQuery({ ...historyQueries.sample('7d', now, view.refresh), enabled: view.window === '24h' });
  const counts = useQuery({ ...historyQueries.dayCounts(view.window, now, view.refresh), enabled: daily });
  const progress = useReadProgress(jobKeys.history('sample', span.fromDay, span.toDay));
  const { fromMs, toMs } = span;
  const tz = view.tz;
  const read = sample.data;
  const heatSource = view.window === '24h' ? week.data : read;

  const figures = useMemo(() => {
    if (!read) return null;
    const jobs = endedWithin(read.jobs, fromMs, toMs);
    const unit = daily ? 'day' : 'hour';
    const workflows = busiest(jobs, 'workflow');
    const users = busiest(jobs, 'user');
    return {
      jobs,
      hourly: daily ? null : throughput(jobs, fromMs, toMs, 'hour', tz),
      waits: queueWaits(jobs, fromMs, toMs, unit, tz),
      workflows: { runs: topBy(workflows, 'runs', TOP), runMs: topBy(workflows, 'runMs', TOP) },
      users: { runs: topBy(users, 'runs', TOP), runMs: topBy(users, 'runMs', TOP) },
    };
  }, [read, fromMs, toMs, daily, tz]);
  const heatmap = useMemo(() => (heatSource ? waitHeatmap(heatSource.jobs, tz) : null), [heatSource, tz]);

  return { span, now, sample, counts: daily ? counts : null, progress, figures, heatmap, heatFromDay: heatSource?.fromDay ?? null };
}

export type HistoryData = ReturnType<typeof useHistoryData>;
