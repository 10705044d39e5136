import { useEffect, useSyncExternalStore } from 'react';
import { isFinished } from '../../../../contract/job-words.ts';
import { jobFacts, type JobRef } from './job-facts.ts';

/** A job's result as a cell shows it: known, on its way, could not be read, or not ended yet. */
export type ResultState =
  | { kind: 'known'; result: string }
  | { kind: 'pending' }
  /** `message`: the server's words, or null when it gave the job but no result. */
  | { kind: 'failed'; message: string | null }
  | { kind: 'none' };

function snapshot(jobId: string, status: string): string {
  if (!isFinished(status)) return 'none';
  const result = jobFacts.get(jobId)?.disposition;
  if (result && result !== 'None') return `known:${result}`;
  if (jobFacts.isPending(jobId)) return 'pending';
  return jobFacts.failure(jobId) !== undefined ? 'failed' : 'pending';
}

/** Follows one job's result: only this job's cell draws again when it arrives. */
export function useJobResult(jobId: string, status: string): ResultState {
  const snap = useSyncExternalStore(
    (listener) => jobFacts.subscribe(jobId, listener),
    () => snapshot(jobId, status),
  );
  if (snap.startsWith('known:')) return { kind: 'known', result: snap.slice(6) };
  if (snap === 'failed') return { kind: 'failed', message: jobFacts.failure(jobId) ?? null };
  return snap === 'none' ? { kind: 'none' } : { kind: 'pending' };
}

/** A failed job's first error: still being read, read (null when the log has none), or unreadable. */
export type FirstErrorState = { kind: 'loading' } | { kind: 'known'; text: string | null } | { kind: 'failed'; message: string };

export function useFirstError(jobId: string): FirstErrorState {
  const snap = useSyncExternalStore(
    (listener) => jobFacts.subscribe(jobId, listener),
    () => {
      const text = jobFacts.get(jobId)?.firstError;
      if (text !== undefined) return JSON.stringify(['known', text]);
      const failed = jobFacts.logFailure(jobId);
      return failed === undefined ? '["loading"]' : JSON.stringify(['failed', failed]);
    },
  );
  const [kind, value] = JSON.parse(snap) as [FirstErrorState['kind'], string | null];
  return kind === 'known' ? { kind, text: value } : kind === 'failed' ? { kind, message: value ?? '' } : { kind: 'loading' };
}

/** Asks for the results of jobs known only by a ref (a workflow's jobs); a list's own query asks for its page's. */
export function useResolveRefs(refs: readonly JobRef[] | undefined) {
  useEffect(() => {
    if (refs) void jobFacts.want(refs);
  }, [refs]);
}

/**
 * Fetches the first error message of each of these failed jobs that is not known yet, 4 at a
 * time, newest first; each cell follows its job's facts and shows it when it comes.
 */
export function useFirstErrors(jobIds: readonly string[] | undefined, isCurator: boolean) {
  useEffect(() => {
    if (!jobIds) return;
    const abort = new AbortController();
    const todo = jobIds.filter((id) => jobFacts.get(id)?.firstError === undefined);
    const worker = async () => {
      for (let id = todo.shift(); id !== undefined && !abort.signal.aborted; id = todo.shift()) {
        await jobFacts.firstError(id, isCurator, abort.signal).catch(() => undefined);
      }
    };
    void Promise.all([worker(), worker(), worker(), worker()]);
    return () => abort.abort();
  }, [jobIds, isCurator]);
}
