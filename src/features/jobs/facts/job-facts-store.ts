/**
 * Where job facts are kept: in memory for the page, and in the browser's IndexedDB (through
 * idb-keyval) across visits, keyed by server and job id. What the browser holds for a job is
 * read before anything is written for it, so a write adds to its facts and never replaces
 * them with less.
 */
import { getMany, setMany } from 'idb-keyval';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { lazyStore, serverKey } from '../../../lib/browser-store.ts';
import type { JobResultFacts } from './job-facts-requests.ts';

export interface JobFact extends Partial<JobResultFacts> {
  /** The list item, once seen (finished jobs only). */
  item?: LenientJobListItem;
  /** The text of the first error message; null when it has none. */
  firstError?: string | null;
}

const memory = new Map<string, JobFact>();
const listeners = new Map<string, Set<() => void>>();

const database = lazyStore('alteryx-jobs', 'job-facts');
export function emit(jobId: string) {
  for (const l of listeners.get(jobId) ?? []) l();
}

export function subscribe(jobId: string, listener: () => void): () => void {
  let set = listeners.get(jobId);
  if (!set) listeners.set(jobId, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0 && listeners.get(jobId) === set) listeners.delete(jobId);
  };
}

/** Whether anything on the page follows this job. */
export const isFollowed = (jobId: string) => (listeners.get(jobId)?.size ?? 0) > 0;

export const getFact = (jobId: string): JobFact | undefined => memory.get(jobId);

/** Reads what the browser holds for these jobs, once per job; a second caller waits for the same read. */
const reads = new Map<string, Promise<void>>();
export function recall(jobIds: readonly string[]): Promise<void> {
  const db = database();
  if (!db) return Promise.resolve();
  const missing = jobIds.filter((id) => !reads.has(id));
  if (missing.length > 0) {
    const read = (async () => {
      try {
        const found = await getMany<JobFact | undefined>(await Promise.all(missing.map(serverKey)), db);
        found.forEach((fact, i) => {
          const id = missing[i]!;
          if (!fact) return;
          // What this page learnt since wins over what was kept.
          memory.set(id, { ...fact, ...memory.get(id) });
          emit(id);
        });
      } catch {
        // Without the store, results are fetched instead.
      }
    })();
    for (const id of missing) reads.set(id, read);
  }
  return Promise.all(jobIds.map((id) => reads.get(id))).then(() => undefined);
}

// A page of results is one write, not fifty.
let unsaved = new Set<string>();
let saveTimer: ReturnType<typeof setTimeout> | null = null;
function flush() {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  const batch = [...unsaved];
  unsaved = new Set();
  const db = database();
  if (!db || batch.length === 0) return;
  void recall(batch)
    .then(() => Promise.all(batch.map(async (id) => [await serverKey(id), memory.get(id)] as [string, JobFact])))
    .then((entries) => setMany(entries, db))
    .catch(() => undefined); // A full or closed store only costs a fetch next time.
}
// Leaving the page writes what is pending at once rather than losing it.
if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);

/** Adds to a job's facts; `persist` keeps them in the browser too. */
export function merge(jobId: string, add: JobFact, persist = true) {
  memory.set(jobId, { ...memory.get(jobId), ...add });
  if (persist) {
    unsaved.add(jobId);
    saveTimer ??= setTimeout(flush, 200);
  }
  emit(jobId);
}
