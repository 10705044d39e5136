/**
 * The words of a job's life, apart from the schemas, so the dashboard can use them without
 * loading zod. `jobs-api.ts` builds its enums from these.
 */

export const JOB_STATUSES = ['Queued', 'Initializing', 'Running', 'Completed'] as const;
/** How a job ended; `None` while it has not. */
export const DISPOSITIONS = ['None', 'Success', 'Warning', 'Error', 'Cancelled'] as const;
/** The results a workflow's jobs can be filtered by. */
export const RESULT_CODES = ['Success', 'Warning', 'Error'] as const;

/** Only these can be cancelled (a running job is stopped, a queued one deleted). */
export const CANCELLABLE_STATUSES = ['Queued', 'Running'] as const;
export const isCancellable = (status: string | null | undefined): boolean =>
  (CANCELLABLE_STATUSES as readonly string[]).includes(status ?? '');

/** A job in one of these has ended and never changes again (some servers say `Cancelled`). */
export const FINISHED_STATUSES = ['Completed', 'Cancelled'] as const;
export const isFinished = (status: string | null | undefined): boolean => (FINISHED_STATUSES as readonly string[]).includes(status ?? '');
