import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { failedRecently, type FailedProgress, type FailedWindow } from './failed-recently.ts';
import { jobsQueries } from './jobs-queries.ts';

const REFRESH_MS = 60_000;

/** The failed jobs of a window, walked again each minute (only new completions cost a request). */
export function useFailedRecently(window: FailedWindow) {
  const [progress, setProgress] = useState<FailedProgress | null>(null);
  // The progress setter reports how far the walk is; it does not change what is fetched.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    // Under the jobs root: a cancel, which changes what has ended, walks it again.
    queryKey: [...jobsQueries.all, 'failed', window],
    queryFn: ({ signal }) => failedRecently(window, Date.now(), signal, setProgress),
    placeholderData: keepPreviousData,
    staleTime: REFRESH_MS / 2,
    refetchInterval: REFRESH_MS,
  });
  return { query, progress };
}
