import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { failedRecently, type FailedJobs, type FailedProgress, type FailedWindow } from './failed-recently.ts';
import { jobKeys } from './query-keys.ts';

const REFRESH_MS = 60_000;

/** The failed jobs of a window, walked again each minute: only what ended since is read again. */
export function useFailedRecently(window: FailedWindow) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<FailedProgress | null>(null);
  // Among the lists: a cancel, which changes what has ended, walks it again.
  const queryKey = jobKeys.failed(window);
  // The progress setter reports how far the walk is, and the last walk is where it starts
  // from: neither changes what the answer is.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => failedRecently(window, Date.now(), signal, setProgress, queryClient.getQueryData<FailedJobs>(queryKey)),
    placeholderData: keepPreviousData,
    staleTime: REFRESH_MS / 2,
    refetchInterval: REFRESH_MS,
  });
  return { query, progress };
}
