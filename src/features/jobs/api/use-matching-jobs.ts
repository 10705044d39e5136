import { useCallback, useEffect, useState } from 'react';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import type { JobsView } from '../state/view.ts';
import { fetchMatchingJobs } from './matching-jobs.ts';

interface Gathered {
  jobs: LenientJobListItem[] | null;
  fetched: number;
  total: number | null;
  error: Error | null;
}

const START: Gathered = { jobs: null, fetched: 0, total: null, error: null };

/** Gathers every job matching a view (once per view given), with progress and a retry. */
export function useMatchingJobs(view: JobsView | null, isCurator: boolean) {
  const [state, setState] = useState<Gathered>(START);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!view) return;
    const abort = new AbortController();
    fetchMatchingJobs(view, isCurator, {
      signal: abort.signal,
      onProgress: (fetched, total) => setState((s) => ({ ...s, fetched, total })),
    }).then(
      (jobs) => setState((s) => ({ ...s, jobs })),
      (error: unknown) => {
        if (!abort.signal.aborted) setState((s) => ({ ...s, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => abort.abort();
  }, [view, isCurator, attempt]);

  const retry = useCallback(() => {
    setState(START);
    setAttempt((n) => n + 1);
  }, []);

  return { ...state, retry };
}
