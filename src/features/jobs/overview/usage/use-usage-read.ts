/**
 * The report's finished jobs, read through the history's day-by-day reader. The key is the
 * history's own (it names only the days), so a report of days the history already read costs
 * nothing. A new range leaves the old read without a reader, and the query aborts it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DEFAULT_HISTORY_MAX_JOBS, healthQuery, historyMaxJobs } from '../../../../lib/health.ts';
import { jobListQueries } from '../../api/job-list-queries.ts';
import { jobKeys } from '../../api/query-keys.ts';
import { readFinishedDays } from '../../history/finished-days.ts';
import { setProgress, useReadProgress } from '../../history/history-progress.ts';
import { userName } from '../../lib/user-name.ts';
import type { NameOf } from './usage-export.ts';
import { usageReport } from './usage-report.ts';

const usageKey = (fromDay: string, toDay: string) => jobKeys.history('sample', fromDay, toDay);

const usageQuery = (fromDay: string, toDay: string) =>
  queryOptions({
    queryKey: usageKey(fromDay, toDay),
    queryFn: ({ signal }) =>
      readFinishedDays(fromDay, toDay, { signal, onProgress: (read, total) => setProgress(usageKey(fromDay, toDay), { read, total }) }),
    // A report is read once, not kept live: what finishes later is in the next one.
    staleTime: 5 * 60_000,
  });

export function useUsageRead(fromDay: string, toDay: string) {
  const options = usageQuery(fromDay, toDay);
  const query = useQuery(options);
  const progress = useReadProgress(options.queryKey);
  const health = useQuery(healthQuery).data;
  const cap = health ? historyMaxJobs(health) : DEFAULT_HISTORY_MAX_JOBS;
  const read = query.data;
  const report = useMemo(
    () => (read ? usageReport(read.jobs, read.capped ? read.coveredFromDay : fromDay, toDay) : null),
    [read, fromDay, toDay],
  );
  return { query, progress, report, cap };
}

export interface UserRef {
  /** What a user's row says. */
  nameOf: NameOf;
  /** The user's id, for a link to their jobs, when the users list says which user it is. */
  idOf: (key: string) => string | null;
}

/**
 * The server names who submitted a job by display name (some servers by id): the users list
 * turns an id into a name, and either into the id the jobs list filters by.
 */
export function useUserRef(): UserRef {
  const { data } = useQuery(jobListQueries.users());
  return useMemo(() => {
    const byId = new Map((data ?? []).map((u) => [u.id, u]));
    const byName = new Map<string, string | null>();
    for (const u of data ?? []) byName.set(userName(u), byName.has(userName(u)) ? null : u.id);
    return {
      nameOf: (table, key) => (table === 'users' && byId.has(key) ? userName(byId.get(key)!) : key),
      idOf: (key) => (byId.has(key) ? key : (byName.get(key) ?? null)),
    };
  }, [data]);
}
