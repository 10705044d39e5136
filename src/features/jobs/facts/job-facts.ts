/**
 * What the dashboard knows about finished jobs, put together from the two answers that each
 * hold half of it: a list item (workflow name, who, times) and a JobView (the result). A
 * finished job never changes, so what is learnt is kept for good: in memory, and in the
 * browser's IndexedDB, keyed by server and job id. Results are asked for only when unknown,
 * at most 4 at a time, the most recently wanted first and, among those, the newest job first.
 */
import { createStore, getMany, setMany, type UseStore } from 'idb-keyval';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { isFinished } from '../../../../contract/job-words.ts';
import { fetchHealth, serverScope } from '../../../lib/health.ts';
import { fetchFirstError, fetchJobResult, type JobResultFacts } from './job-facts-requests.ts';

export interface JobFact extends Partial<JobResultFacts> {
  /** The list item, once seen (finished jobs only). */
  item?: LenientJobListItem;
  /** The text of the first error message; null when it has none. */
  firstError?: string | null;
}

/** What to know about a job to ask for its result: its id, status and when it was queued. */
export interface JobRef {
  jobId: string;
  status: string;
  queuedAt: string | null;
  /** The result, where the answer that named the job said it already. */
  result?: string | null;
}

export const listItemRef = (j: LenientJobListItem): JobRef => ({ jobId: j.jobId, status: j.status, queuedAt: j.queueTime });

const IN_FLIGHT = 4;
/** A result that could not be read is asked for again after this long, not on every refresh. */
const RETRY_AFTER_MS = 30_000;

const memory = new Map<string, JobFact>();
const failures = new Map<string, { message: string; at: number }>();
const listeners = new Map<string, Set<() => void>>();
const waiting = new Map<string, { ref: JobRef; rank: number }>();
const inFlight = new Set<string>();
let wantedRound = 0;

let idb: UseStore | null | undefined;
function database(): UseStore | null {
  if (idb !== undefined) return idb;
  try {
    idb = typeof indexedDB === 'undefined' ? null : createStore('alteryx-jobs', 'job-facts');
  } catch {
    idb = null;
  }
  return idb;
}

let scope: Promise<string> | null = null;
const scoped = async (jobId: string) => `${await (scope ??= fetchHealth().then(serverScope, () => 'unknown'))}|${jobId}`;

function emit(jobId: string) {
  for (const l of listeners.get(jobId) ?? []) l();
}

/**
 * Kept in the browser in batches: a page of results is one write, not fifty. What the store
 * holds is read first, so a write adds to a job's facts and never replaces them with less.
 */
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
    .then(() => Promise.all(batch.map(async (id) => [await scoped(id), memory.get(id)] as [string, JobFact])))
    .then((entries) => setMany(entries, db))
    .catch(() => undefined); // A full or closed store only costs a fetch next time.
}
function save(jobId: string) {
  unsaved.add(jobId);
  saveTimer ??= setTimeout(flush, 200);
}
// Leaving the page writes what is pending at once rather than losing it.
if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);

function merge(jobId: string, add: JobFact, persist = true) {
  memory.set(jobId, { ...memory.get(jobId), ...add });
  if (persist) save(jobId);
  emit(jobId);
}

/** Reads from the browser's store, once per job, what it holds; what memory learnt since wins. */
const recalled = new Set<string>();
async function recall(jobIds: string[]): Promise<void> {
  const db = database();
  const missing = jobIds.filter((id) => !recalled.has(id));
  if (!db || missing.length === 0) return;
  for (const id of missing) recalled.add(id);
  try {
    const found = await getMany<JobFact | undefined>(await Promise.all(missing.map(scoped)), db);
    found.forEach((fact, i) => {
      const id = missing[i]!;
      if (fact) {
        memory.set(id, { ...fact, ...memory.get(id) });
        emit(id);
      }
    });
  } catch {
    // Without the store, results are fetched instead.
  }
}

const queuedMs = (ref: JobRef) => Date.parse(ref.queuedAt ?? '') || 0;

function pump() {
  while (inFlight.size < IN_FLIGHT && waiting.size > 0) {
    let best: { ref: JobRef; rank: number } | null = null;
    for (const w of waiting.values()) {
      if (!best || w.rank > best.rank || (w.rank === best.rank && queuedMs(w.ref) > queuedMs(best.ref))) best = w;
    }
    const { ref } = best!;
    waiting.delete(ref.jobId);
    inFlight.add(ref.jobId);
    fetchJobResult(ref.jobId).then(
      (facts) => {
        inFlight.delete(ref.jobId);
        failures.delete(ref.jobId);
        // Only a job that has ended is kept: one still running when asked is asked again later.
        if (isFinished(facts.status)) merge(ref.jobId, facts);
        else emit(ref.jobId);
        pump();
      },
      (error: unknown) => {
        inFlight.delete(ref.jobId);
        failures.set(ref.jobId, { message: error instanceof Error ? error.message : String(error), at: Date.now() });
        emit(ref.jobId);
        pump();
      },
    );
  }
}

const knowsResult = (jobId: string) => memory.get(jobId)?.disposition != null;

export const jobFacts = {
  get: (jobId: string): JobFact | undefined => memory.get(jobId),
  failure: (jobId: string): string | null => failures.get(jobId)?.message ?? null,
  isPending: (jobId: string) => waiting.has(jobId) || inFlight.has(jobId),

  subscribe(jobId: string, listener: () => void): () => void {
    let set = listeners.get(jobId);
    if (!set) listeners.set(jobId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(jobId);
    };
  },

  /** What a finished job's list item says, from a list just read. */
  noteItems(items: readonly LenientJobListItem[]) {
    for (const item of items) {
      if (!isFinished(item.status)) continue;
      const known = memory.get(item.jobId);
      if (known?.item !== item) merge(item.jobId, { item }, !known?.item || JSON.stringify(known.item) !== JSON.stringify(item));
    }
  },

  /** What a JobView says, from wherever it was read. */
  noteResult(jobId: string, facts: JobResultFacts) {
    if (!isFinished(facts.status) || facts.disposition == null) return;
    const known = memory.get(jobId);
    if (known?.disposition !== facts.disposition) merge(jobId, facts);
  },

  /**
   * Asks for the results of these jobs that have ended and are not known yet. The jobs of
   * the latest call go first: the page on screen before the one left behind.
   */
  async want(refs: readonly JobRef[]): Promise<void> {
    const round = ++wantedRound;
    for (const r of refs) {
      if (knowsResult(r.jobId) || !isFinished(r.status)) continue;
      // A server that says "Cancelled" as a status has said the result too.
      const told = r.status === 'Cancelled' ? 'Cancelled' : r.result && r.result !== 'None' ? r.result : null;
      if (told) merge(r.jobId, { status: r.status, disposition: told });
    }
    const finished = refs.filter((r) => isFinished(r.status));
    // Marked as waiting first, so cells show "…" rather than a flash of "unknown".
    const now = Date.now();
    const asked = finished.filter((r) => {
      const failed = failures.get(r.jobId);
      return !knowsResult(r.jobId) && !inFlight.has(r.jobId) && (!failed || now - failed.at > RETRY_AFTER_MS);
    });
    for (const r of asked) waiting.set(r.jobId, { ref: r, rank: round });
    for (const r of asked) emit(r.jobId);
    await recall(asked.map((r) => r.jobId));
    for (const r of asked) {
      if (knowsResult(r.jobId) && waiting.delete(r.jobId)) emit(r.jobId);
    }
    pump();
  },

  /** Resolves when every one of these finished jobs has a result, or could not get one. */
  resolve(refs: readonly JobRef[], signal: AbortSignal, onProgress: (done: number) => void): Promise<void> {
    const ids = refs.filter((r) => isFinished(r.status)).map((r) => r.jobId);
    const settled = () => ids.filter((id) => knowsResult(id) || (failures.has(id) && !jobFacts.isPending(id))).length;
    return new Promise<void>((resolve, reject) => {
      const unsubscribe = () => subscriptions.forEach((u) => u());
      const check = () => {
        const done = settled();
        onProgress(done);
        if (done >= ids.length) {
          unsubscribe();
          resolve();
        }
      };
      const subscriptions = ids.map((id) => jobFacts.subscribe(id, check));
      signal.addEventListener('abort', () => {
        unsubscribe();
        for (const id of ids) waiting.delete(id);
        reject(signal.reason as Error);
      });
      void jobFacts.want(refs).then(check);
    });
  },

  /** A finished job's list item, from memory or the browser's store. */
  async recallItem(jobId: string): Promise<LenientJobListItem | undefined> {
    await recall([jobId]);
    return memory.get(jobId)?.item;
  },

  /** The first error message of a failed job, kept with its other facts. */
  async firstError(jobId: string, isCurator: boolean, signal?: AbortSignal): Promise<string | null> {
    const known = memory.get(jobId);
    if (known?.firstError !== undefined) return known.firstError;
    const text = await fetchFirstError(jobId, isCurator, signal);
    merge(jobId, { firstError: text });
    return text;
  },
};
