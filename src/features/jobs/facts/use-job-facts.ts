import { useEffect, useSyncExternalStore } from 'react';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { isFinished } from '../../../../contract/job-words.ts';
import { jobFacts, type JobRef } from './job-facts.ts';

/** A job's result as a cell shows it: known, on its way, could not be read, or not ended yet. */
export type ResultState = { kind: 'known'; result: string } | { kind: 'pending' } | { kind: 'failed'; message: string } | { kind: 'none' };

function snapshot(jobId: string, status: string): string {
  if (!isFinished(status)) return 'none';
  const result = jobFacts.get(jobId)?.disposition;
  if (result) return `known:${result}`;
  if (jobFacts.isPending(jobId)) return 'pending';
  return jobFacts.failure(jobId) ? 'failed' : 'pending';
}

/** Follows one job's result: only this job's cell draws again when it arrives. */
export function useJobResult(jobId: string, status: string): ResultState {
  const snap = useSyncExternalStore(
    (listener) => jobFacts.subscribe(jobId, listener),
    () => snapshot(jobId, status),
  );
  if (snap.startsWith('known:')) return { kind: 'known', result: snap.slice(6) };
  if (snap === 'failed') return { kind: 'failed', message: jobFacts.failure(jobId) ?? '' };
  return snap === 'none' ? { kind: 'none' } : { kind: 'pending' };
}

/** Everything a job's facts hold, following it as it grows. */
export function useJobFact(jobId: string) {
  return useSyncExternalStore(
    (listener) => jobFacts.subscribe(jobId, listener),
    () => jobFacts.get(jobId),
  );
}

export const listItemRef = (j: LenientJobListItem): JobRef => ({ jobId: j.jobId, status: j.status, queuedAt: j.queueTime });

/** Learns what a list page says about its finished jobs, and asks for their results. */
export function useResolveResults(items: readonly LenientJobListItem[] | undefined) {
  useEffect(() => {
    if (!items) return;
    jobFacts.noteItems(items);
    void jobFacts.want(items.map(listItemRef));
  }, [items]);
}

/** The same for jobs known only by a ref (a workflow's jobs). */
export function useResolveRefs(refs: readonly JobRef[] | undefined) {
  useEffect(() => {
    if (refs) void jobFacts.want(refs);
  }, [refs]);
}
