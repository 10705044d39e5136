/**
 * "What failed in the last 24 hours?": the jobs that ended in the window, newest first, read
 * page by page from the list sorted by completion (the API's completedAfter narrows only to
 * whole days, so the walk stops at the first job that ended before the window), then each
 * one's result through the job facts, which know most of them already after a first visit.
 * Walked again, it reads only what ended since the last walk, and keeps the rest of that one.
 */
import { LenientJobList, readAs, type LenientJobListItem } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { jobFacts, listItemRef } from '../facts/job-facts.ts';
import { completedAfterFor } from '../lib/dates.ts';
import { completedMs } from '../lib/job-times.ts';
import { SORT_FIELD_OF, STATUS_FILTER } from '../../../../contract/job-words.ts';

export const WINDOWS = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 } as const;
export type FailedWindow = keyof typeof WINDOWS;
/** More is a report, not a look: the walk stops here and says the window was cut. */
export const MAX_READ = 50_000;
const PAGE = 500;
/** A walk again reads back this far before the last one ended, for jobs the server filed late. */
const OVERLAP_MS = 2 * 60_000;

export type FailedProgress = { phase: 'listing'; read: number } | { phase: 'results'; done: number; total: number };

export interface FailedJobs {
  /** The window's bounds, epoch ms. */
  from: number;
  to: number;
  /** Jobs that ended in the window, as read, newest first. */
  ended: LenientJobListItem[];
  read: number;
  /** The cap was reached before the start of the window; `oldest` is where reading stopped. */
  capped: boolean;
  oldest: number | null;
  /** Results that could not be read. */
  unknown: number;
  failed: LenientJobListItem[];
}

export async function failedRecently(
  window: FailedWindow,
  nowMs: number,
  signal: AbortSignal,
  onProgress: (p: FailedProgress) => void,
  previous?: FailedJobs,
): Promise<FailedJobs> {
  const from = nowMs - WINDOWS[window];
  // What the last walk read stands, down to a little before it ended: only the rest is read.
  const reuse = previous && !previous.capped ? previous : undefined;
  const stopAt = reuse ? Math.max(from, reuse.to - OVERLAP_MS) : from;
  const query = {
    sortField: SORT_FIELD_OF.completed,
    direction: 'desc',
    statuses: [STATUS_FILTER.Completed],
    allUsers: true,
    completedAfter: completedAfterFor(stopAt),
    limit: PAGE,
  };
  const ended: LenientJobListItem[] = [];
  const seen = new Set<string>();
  let reachedStart = false;
  for (let offset = 0; !reachedStart && ended.length < MAX_READ;) {
    const list = readAs(LenientJobList, await apiJson('/v3/jobs', { query: { ...query, offset }, signal }), 'job list');
    for (const job of list.data) {
      const at = completedMs(job);
      if (at !== null && at < stopAt) {
        reachedStart = true;
        break;
      }
      // Jobs that move down a page while this runs are counted once.
      if (!seen.has(job.jobId) && (at === null || at <= nowMs)) {
        seen.add(job.jobId);
        ended.push(job);
      }
    }
    offset += list.data.length;
    onProgress({ phase: 'listing', read: ended.length });
    if (list.data.length === 0 || offset >= list.pagination.totalItems) reachedStart = true;
  }
  if (reuse && reachedStart) {
    for (const job of reuse.ended) {
      const at = completedMs(job);
      if (!seen.has(job.jobId) && (at === null || at >= from)) ended.push(job);
    }
  }
  const read = ended.slice(0, MAX_READ);
  jobFacts.noteItems(read);
  onProgress({ phase: 'results', done: 0, total: read.length });
  await jobFacts.resolve(read.map(listItemRef), signal, (done) => onProgress({ phase: 'results', done, total: read.length }));
  const result = (j: LenientJobListItem) => jobFacts.get(j.jobId)?.disposition;
  return {
    from,
    to: nowMs,
    ended: read,
    read: read.length,
    capped: !reachedStart || ended.length > MAX_READ,
    oldest: read.length ? completedMs(read.at(-1)!) : null,
    unknown: read.filter((j) => !result(j)).length,
    failed: read.filter((j) => result(j) === 'Error'),
  };
}
