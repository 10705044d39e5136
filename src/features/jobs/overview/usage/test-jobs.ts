/** Finished jobs for the report's tests: only what the report reads varies. */
import type { FinishedJob } from '../../history/finished-job.ts';

let n = 0;
export function testJob(workflowName: string, submittedBy: string, day: string, runMs: number | null): FinishedJob {
  const startMs = Date.parse(`${day}T10:00:00Z`);
  return {
    jobId: `j${++n}`,
    workflowName,
    workflowId: `w-${workflowName}`,
    submittedBy,
    priority: '0',
    queuedMs: startMs - 60_000,
    startMs,
    endMs: runMs === null ? null : startMs + runMs,
    runMs,
    waitMs: 60_000,
    day,
  };
}
