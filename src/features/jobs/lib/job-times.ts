/**
 * A job's times as the list item lets them be worked out: the API gives when it was queued and
 * started and how long it ran, not when it ended or how long it waited.
 */
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { isFinished } from '../../../../contract/job-words.ts';
import { parseTimeSpan, parseTime } from './format.ts';

type Item = Pick<LenientJobListItem, 'status'> & Partial<Pick<LenientJobListItem, 'queueTime' | 'startTime' | 'executionTime'>>;

/** From queued to started; for a job still queued, the wait so far. */
export function queueWaitMs(job: Item, nowMs: number): number | null {
  const q = parseTime(job.queueTime);
  if (q === null) return null;
  const s = parseTime(job.startTime);
  if (s !== null) return Math.max(0, s - q);
  return job.status === 'Queued' ? Math.max(0, nowMs - q) : null;
}

/**
 * How long it ran; for a running job, what the server said when asked (`fetchedAt`) plus the
 * time since, so it advances between refreshes without depending on the two clocks agreeing.
 */
export function runTimeMs(job: Item, nowMs: number, fetchedAt: number): number | null {
  const told = parseTimeSpan(job.executionTime);
  if (job.status !== 'Running') return told;
  if (told !== null && fetchedAt > 0) return told + Math.max(0, nowMs - fetchedAt);
  const s = parseTime(job.startTime);
  return s === null ? told : Math.max(0, nowMs - s);
}

/** When a finished job ended: its start plus its run time. */
export function completedMs(job: Item): number | null {
  if (!isFinished(job.status)) return null;
  const s = parseTime(job.startTime);
  const run = parseTimeSpan(job.executionTime);
  return s === null || run === null || run < 0 ? null : s + run;
}

/** The run time as the server wrote it, when it is there but not a TimeSpan: shown as it is, never as blank. */
export function runTimeAsSent(job: Item): string | null {
  const text = job.executionTime?.trim();
  return text && parseTimeSpan(text) === null ? text : null;
}
