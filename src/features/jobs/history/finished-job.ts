/** A finished job as the history keeps it: only what its figures need, times as epoch ms. */
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { parseTime, parseTimeSpan } from '../lib/format.ts';
import { completedMs } from '../lib/job-times.ts';

export interface FinishedJob {
  jobId: string;
  workflowName: string;
  /** '' when the server did not say it (as for the name and the user). */
  workflowId: string;
  submittedBy: string;
  priority: string;
  /** When it was queued; a job the server sent without a queue time reads as queued when it started. */
  queuedMs: number;
  startMs: number | null;
  endMs: number | null;
  runMs: number | null;
  /** From queued to started, only when the server said both. */
  waitMs: number | null;
  /** The UTC day it completed on (the day it was read for). */
  day: string;
}

export function finishedJob(item: LenientJobListItem, day: string): FinishedJob {
  const startMs = parseTime(item.startTime);
  const queued = parseTime(item.queueTime);
  const run = parseTimeSpan(item.executionTime);
  const endMs = completedMs(item);
  return {
    jobId: item.jobId,
    workflowName: item.workflowName,
    workflowId: item.workflowId ?? '',
    submittedBy: item.submittedBy,
    priority: item.priority ?? '',
    queuedMs: queued ?? startMs ?? endMs ?? 0,
    startMs,
    endMs,
    runMs: run !== null && run >= 0 ? run : null,
    waitMs: queued !== null && startMs !== null ? Math.max(0, startMs - queued) : null,
    day,
  };
}
