/**
 * The app's pages by path: the route table's patterns, and which of them show the jobs list.
 * Plain, so the page's first script (early-jobs.ts) can use it before the app has loaded.
 */
import { matchPath } from 'react-router';
import { viewFromParams, type JobsView } from '../features/jobs/state/view.ts';

export const PATHS = {
  signIn: '/sign-in',
  overview: '/overview',
  jobs: '/jobs',
  job: '/jobs/:jobId',
  failed: '/failed',
  failedJob: '/failed/:jobId',
  workflowJobs: '/workflows/:workflowId/jobs',
  workflowJob: '/workflows/:workflowId/jobs/:jobId',
} as const;

/** The pages that show the jobs list, with or without a job open. */
const JOBS_LIST_PATHS = [PATHS.jobs, PATHS.job];

/**
 * The list view of a page that shows the jobs list, else null: what the app asks for first on
 * such a page, and the page's first script before it.
 */
export function jobsListViewAt(pathname: string, search: string): JobsView | null {
  return JOBS_LIST_PATHS.some((path) => matchPath(path, pathname)) ? viewFromParams(new URLSearchParams(search)) : null;
}
