/**
 * The domain's words, declared once: the statuses of a job's life, its results, priorities,
 * sort fields and filter values. Apart from the schemas, so the dashboard can use them without
 * loading zod; `jobs-api.ts` builds its enums from these and the sandbox reads them too.
 */

export const JOB_STATUSES = ['Queued', 'Initializing', 'Running', 'Completed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
/** How a job ended; `None` while it has not. */
export const DISPOSITIONS = ['None', 'Success', 'Warning', 'Error', 'Cancelled'] as const;
/** The results a workflow's jobs can be filtered by. */
export const RESULT_CODES = ['Success', 'Warning', 'Error'] as const;

/** The list filter says `Complete` where the data says `Completed`. */
export const STATUS_FILTERS = ['Queued', 'Initializing', 'Running', 'Complete'] as const;
export const STATUS_FILTER: Record<JobStatus, (typeof STATUS_FILTERS)[number]> = {
  Queued: 'Queued',
  Initializing: 'Initializing',
  Running: 'Running',
  Completed: 'Complete',
};
export const statusFromFilter = (filter: (typeof STATUS_FILTERS)[number]): JobStatus =>
  JOB_STATUSES.find((s) => STATUS_FILTER[s] === filter)!;
/** The statuses a workflow's jobs can be filtered by (another endpoint, other words). */
export const WORKFLOW_JOB_STATUSES = ['Queued', 'Running', 'Complete', 'Error'] as const;

/** Only these can be cancelled (a running job is stopped, a queued one deleted). */
export const CANCELLABLE_STATUSES = ['Queued', 'Running'] as const;
export const isCancellable = (status: string | null | undefined): boolean =>
  (CANCELLABLE_STATUSES as readonly string[]).includes(status ?? '');
/** Jobs in these can still change. */
export const ACTIVE_STATUSES = ['Queued', 'Initializing', 'Running', 'Created'] as const;
export const isActive = (status: string | null | undefined): boolean => (ACTIVE_STATUSES as readonly string[]).includes(status ?? '');
/** A job in one of these has ended and never changes again (some servers say `Cancelled`). */
export const FINISHED_STATUSES = ['Completed', 'Cancelled'] as const;
export const isFinished = (status: string | null | undefined): boolean => (FINISHED_STATUSES as readonly string[]).includes(status ?? '');

/** Named priorities; a server may also send a number, as text. */
export const NAMED_PRIORITIES = ['Default', 'Low', 'Medium', 'High', 'Critical'] as const;
/**
 * What a numeric priority means (Alteryx's knowledge base on job prioritisation): 0–3 are the
 * named levels, 4 a chained app's later steps, 6 a validation run. Other numbers mean nothing
 * more than their rank.
 */
export const PRIORITY_NUMBER_MEANING: Readonly<Record<string, string>> = {
  '0': 'Low',
  '1': 'Medium',
  '2': 'High',
  '3': 'Critical',
  '4': 'ChainedApp',
  '6': 'Validation',
};
/** The priorities the list can be filtered by. */
export const FILTER_PRIORITIES = ['Low', 'Medium', 'High', 'Critical'] as const;

/** The API's sort fields. */
export const SORT_FIELDS = ['CreateDate', 'AppName', 'CompletionDateTime', 'Priority', 'Status'] as const;
/** The list's sort fields: the dashboard's word for each, and the API's. */
export const SORT_FIELD_OF = {
  queued: 'CreateDate',
  workflow: 'AppName',
  priority: 'Priority',
  status: 'Status',
  completed: 'CompletionDateTime',
} as const satisfies Record<string, (typeof SORT_FIELDS)[number]>;
export type SortKey = keyof typeof SORT_FIELD_OF;
export const SORT_KEYS = Object.keys(SORT_FIELD_OF) as SortKey[];
/** A workflow's jobs sort by fewer fields. */
export const WORKFLOW_SORT_FIELDS = ['CreateDate', 'Priority', 'Status'] as const satisfies readonly (typeof SORT_FIELDS)[number][];
export const DIRECTIONS = ['asc', 'desc'] as const;

export const OUTPUT_FORMATS = ['Raw', 'Csv', 'Html'] as const;
export const ROLES = ['Curator', 'Artisan', 'Member', 'Viewer', 'Evaluated', 'NoAccess'] as const;

/**
 * One workflow, however it is named: a server reports a workflow's runs both with and without
 * ".yxmd", in any case. Filters and counts fold names by this key, as the sandbox does.
 */
export const workflowKey = (name: string): string => name.replace(/\.yxmd$/i, '').toLowerCase();
