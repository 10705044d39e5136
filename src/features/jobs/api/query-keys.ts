/**
 * Every key of the jobs feature, in one tree under one root. Lists sit together under
 * `lists`, so a change to a job invalidates every list it can appear in with one key; a job's
 * own queries sit under its id; the users and workflows the filters offer, which no cancel
 * changes, sit apart.
 */
export const jobKeys = {
  all: ['jobs'] as const,
  /** Every list a job can appear in. */
  lists: () => [...jobKeys.all, 'lists'] as const,
  /** Pages of the list of all jobs (GET /v3/jobs). */
  jobLists: () => [...jobKeys.lists(), 'jobs'] as const,
  list: (params: object) => [...jobKeys.jobLists(), params] as const,
  cancellable: (params: object | null) => [...jobKeys.lists(), 'cancellable', params] as const,
  failed: (window: string) => [...jobKeys.lists(), 'failed', window] as const,
  /** The Overview's live lists and counts (queued, running), which a cancel changes too. */
  now: (what: string, params: object) => [...jobKeys.lists(), 'now', what, params] as const,
  /** Pages of a workflow's jobs (GET /v3/workflows/{id}/jobs), another shape. */
  workflowLists: () => [...jobKeys.lists(), 'workflow'] as const,
  workflowList: (workflowId: string, params: object) => [...jobKeys.workflowLists(), workflowId, params] as const,
  /** The jobs a bulk cancel was planned on: gathered once, kept as they were while the plan stands. */
  matching: (params: object) => [...jobKeys.all, 'matching', params] as const,
  /** The Overview's history of finished jobs: no cancel changes it, so it sits apart from the lists. */
  history: (...parts: (string | number)[]) => [...jobKeys.all, 'history', ...parts] as const,
  jobs: () => [...jobKeys.all, 'job'] as const,
  job: (jobId: string) => [...jobKeys.jobs(), jobId] as const,
  reference: (what: 'users' | 'workflows') => [...jobKeys.all, 'reference', what] as const,
};
