/**
 * What the dashboard knows about finished jobs, put together from the two answers that each
 * hold half of it: a list item (workflow name, who, times) and a JobView (the result). A
 * finished job never changes, so what is learnt is kept for good (job-facts-store). Results
 * are asked for only when unknown, at most 4 at a time: the jobs of the latest request first
 * (the page on screen before one left behind) and, among those, the newest job first.
 */
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { isFinished } from '../../../../contract/job-words.ts';
import { fetchFirstError, fetchJobResult, type JobResultFacts } from './job-facts-requests.ts';
import { emit, getFact, isFollowed, merge, recall, subscribe, type JobFact } from './job-facts-store.ts';

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

interface Wanted {
  ref: JobRef;
  rank: number;
}
/** One request's jobs, newest first, taken from `head` on; ready once the browser's store was read. */
interface Round {
  rank: number;
  items: Wanted[];
  head: number;
  ready: boolean;
}
const waiting = new Map<string, Wanted>();
let rounds: Round[] = [];
const inFlight = new Set<string>();
/** Why a result could not be had; `message` null when the server gave the job but no result. */
const failures = new Map<string, { message: string | null; at: number }>();
let lastRank = 0;
const logFailures = new Map<string, string>();

/** How a job ended; `None` says it has not. */
const isResult = (d: string | null | undefined): d is string => Boolean(d) && d !== 'None';
const knowsResult = (jobId: string) => isResult(getFact(jobId)?.disposition);
const isPending = (jobId: string) => waiting.has(jobId) || inFlight.has(jobId);
const isSettled = (jobId: string) => knowsResult(jobId) || (failures.has(jobId) && !isPending(jobId));

/** The next job to ask for: an entry a later request or an answer has not overtaken. */
function next(): Wanted | undefined {
  for (const round of rounds) {
    if (!round.ready) continue;
    while (round.head < round.items.length) {
      const w = round.items[round.head++]!;
      if (waiting.get(w.ref.jobId) === w) return w;
    }
  }
  rounds = rounds.filter((r) => r.head < r.items.length);
  return undefined;
}

function pump() {
  for (let w = inFlight.size < IN_FLIGHT ? next() : undefined; w; w = inFlight.size < IN_FLIGHT ? next() : undefined) {
    const { jobId } = w.ref;
    waiting.delete(jobId);
    inFlight.add(jobId);
    fetchJobResult(jobId).then(
      (facts) => {
        inFlight.delete(jobId);
        // Kept only once the job has ended and says how; otherwise asked again later.
        if (isFinished(facts.status) && isResult(facts.disposition)) {
          failures.delete(jobId);
          merge(jobId, facts);
        } else {
          failures.set(jobId, { message: null, at: Date.now() });
          emit(jobId);
        }
        pump();
      },
      (error: unknown) => {
        inFlight.delete(jobId);
        failures.set(jobId, { message: error instanceof Error ? error.message : String(error), at: Date.now() });
        emit(jobId);
        pump();
      },
    );
  }
}

/** Queues the unknown results of these jobs; `read` settles once the browser's store was read. */
function enqueue(refs: readonly JobRef[]): { rank: number; read: Promise<void> } {
  const rank = ++lastRank;
  const now = Date.now();
  const asked: Wanted[] = [];
  for (const ref of refs) {
    if (!isFinished(ref.status) || knowsResult(ref.jobId)) continue;
    // A server that says "Cancelled" as a status, or a result beside the job, has said it already.
    const told = ref.status === 'Cancelled' ? 'Cancelled' : isResult(ref.result) ? ref.result : null;
    if (told) merge(ref.jobId, { status: ref.status, disposition: told });
    else if (!inFlight.has(ref.jobId) && now - (failures.get(ref.jobId)?.at ?? 0) > RETRY_AFTER_MS) asked.push({ ref, rank });
  }
  const queuedMs = (w: Wanted) => Date.parse(w.ref.queuedAt ?? '') || 0;
  asked.sort((a, b) => queuedMs(b) - queuedMs(a));
  const round: Round = { rank, items: asked, head: 0, ready: false };
  rounds.unshift(round);
  // Waiting at once, so cells show "…" rather than a flash of "unknown".
  for (const w of asked) {
    waiting.set(w.ref.jobId, w);
    emit(w.ref.jobId);
  }
  const read = recall(asked.map((w) => w.ref.jobId)).then(() => {
    for (const w of asked) {
      if (knowsResult(w.ref.jobId) && waiting.get(w.ref.jobId) === w) {
        waiting.delete(w.ref.jobId);
        emit(w.ref.jobId);
      }
    }
    round.ready = true;
    pump();
  });
  return { rank, read };
}

export const jobFacts = {
  get: (jobId: string): JobFact | undefined => getFact(jobId),
  /** Why the result could not be had: the server's words, or null when it gave none; undefined when nothing failed. */
  failure: (jobId: string): string | null | undefined => failures.get(jobId)?.message,
  isPending,
  subscribe,

  /** What a finished job's list item says, from a list just read. */
  noteItems(items: readonly LenientJobListItem[]) {
    for (const item of items) {
      if (!isFinished(item.status)) continue;
      const known = getFact(item.jobId)?.item;
      if (known !== item) merge(item.jobId, { item }, !known || JSON.stringify(known) !== JSON.stringify(item));
    }
  },

  /** What a JobView says, from wherever it was read. */
  noteResult(jobId: string, facts: JobResultFacts) {
    if (!isFinished(facts.status) || !isResult(facts.disposition)) return;
    if (getFact(jobId)?.disposition !== facts.disposition) merge(jobId, facts);
  },

  /** Asks for the results of these jobs that have ended and are not known yet. */
  want(refs: readonly JobRef[]): Promise<void> {
    return enqueue(refs).read;
  },

  /** Settles when every one of these finished jobs has a result or could not get one; progress at most every 100 ms. */
  resolve(refs: readonly JobRef[], signal: AbortSignal, onProgress: (done: number) => void): Promise<void> {
    const ids = [...new Set(refs.filter((r) => isFinished(r.status)).map((r) => r.jobId))];
    return new Promise<void>((resolve, reject) => {
      const counted = new Set<string>();
      let over = false;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const end = () => {
        over = true;
        if (timer !== null) clearTimeout(timer);
        subscriptions.forEach((u) => u());
      };
      const mark = (id: string) => {
        if (over || counted.has(id) || !isSettled(id)) return;
        counted.add(id);
        timer ??= setTimeout(() => {
          timer = null;
          onProgress(counted.size);
        }, 100);
        if (counted.size === ids.length) {
          end();
          onProgress(counted.size);
          resolve();
        }
      };
      const subscriptions = ids.map((id) => subscribe(id, () => mark(id)));
      const { rank, read } = enqueue(refs);
      signal.addEventListener('abort', () => {
        if (over) return;
        end();
        // Only what nothing else on the page follows is let go: a cell on screen still waits for its result.
        for (const id of ids) if (waiting.get(id)?.rank === rank && !isFollowed(id)) waiting.delete(id);
        reject(signal.reason as Error);
      });
      void read.then(() => {
        ids.forEach(mark);
        if (ids.length === 0 && !over) {
          end();
          resolve();
        }
      });
    });
  },

  /** A finished job's list item, from memory or the browser's store. */
  async recallItem(jobId: string): Promise<LenientJobListItem | undefined> {
    await recall([jobId]);
    return getFact(jobId)?.item;
  },

  /** The first error message of a failed job, kept with its other facts. */
  async firstError(jobId: string, isCurator: boolean, signal?: AbortSignal): Promise<string | null> {
    const known = getFact(jobId)?.firstError;
    if (known !== undefined) return known;
    try {
      const text = await fetchFirstError(jobId, isCurator, signal);
      logFailures.delete(jobId);
      merge(jobId, { firstError: text });
      return text;
    } catch (error) {
      if (signal?.aborted) throw error;
      logFailures.set(jobId, error instanceof Error ? error.message : String(error));
      emit(jobId);
      throw error;
    }
  },
  /** Why the first error could not be read, if it could not. */
  logFailure: (jobId: string): string | undefined => logFailures.get(jobId),
};
