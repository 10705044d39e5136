import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JobsView } from '../state/view.ts';
import { listParams } from './list-params.ts';
import { fetchMatchingJobs } from './matching-jobs.ts';
import { jobKeys } from './query-keys.ts';

interface Progress {
  fetched: number;
  total: number | null;
}
const START: Progress = { fetched: 0, total: null };

/**
 * Gathers every job matching a view, with progress and a retry. Gathered once per dialog: the
 * plan is made on what was gathered, so it is not refreshed under the reader, and it is
 * forgotten when the dialog closes, so the next one gathers afresh.
 */
export function useMatchingJobs(view: JobsView | null, isCurator: boolean) {
  const [progress, setProgress] = useState<Progress>(START);
  const query = useQuery({
    queryKey: jobKeys.matching(view ? listParams(view, isCurator) : {}),
    queryFn: ({ signal }) =>
      fetchMatchingJobs(view!, isCurator, { signal, onProgress: (fetched, total) => setProgress({ fetched, total }) }),
    enabled: view !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
  const retry = () => {
    setProgress(START);
    void query.refetch();
  };
  return { jobs: query.data ?? null, ...progress, error: query.error, retry };
}
