/**
 * A workflow's jobs page's view in the URL: its own filters and sort (GET /v3/workflows/{id}/jobs
 * takes other words than the jobs list), and the same refresh and time zone as every list.
 */
import { DIRECTIONS, RESULT_CODES, WORKFLOW_JOB_STATUSES, WORKFLOW_SORT_FIELDS } from '../../../../contract/job-words.ts';
import type { ViewCodec } from './use-url-view.ts';
import { liveFromParams, liveToParams, oneOf, positive, type LiveView } from './view.ts';

export interface WorkflowJobsView extends LiveView {
  status: (typeof WORKFLOW_JOB_STATUSES)[number] | null;
  result: (typeof RESULT_CODES)[number] | null;
  sort: (typeof WORKFLOW_SORT_FIELDS)[number];
  dir: 'asc' | 'desc';
  page: number;
}

const choice = <T extends string>(values: readonly T[], v: string | null): T | null =>
  (values as readonly string[]).includes(v ?? '') ? (v as T) : null;

export function workflowViewFromParams(p: URLSearchParams): WorkflowJobsView {
  return {
    status: choice(WORKFLOW_JOB_STATUSES, p.get('status')),
    result: choice(RESULT_CODES, p.get('result')),
    sort: choice(WORKFLOW_SORT_FIELDS, p.get('sort')) ?? 'CreateDate',
    dir: oneOf(DIRECTIONS, p.get('dir') as 'asc' | 'desc', 'desc'),
    page: positive(p.get('page'), 1),
    ...liveFromParams(p),
  };
}

export function paramsFromWorkflowView(v: WorkflowJobsView): URLSearchParams {
  const p = new URLSearchParams();
  if (v.status) p.set('status', v.status);
  if (v.result) p.set('result', v.result);
  if (v.sort !== 'CreateDate') p.set('sort', v.sort);
  if (v.dir !== 'desc') p.set('dir', v.dir);
  if (v.page !== 1) p.set('page', String(v.page));
  liveToParams(v, p);
  return p;
}

export const workflowViewCodec: ViewCodec<WorkflowJobsView> = {
  fromParams: workflowViewFromParams,
  toParams: paramsFromWorkflowView,
  // A new filter or order starts again at page 1.
  change: (v, change) => ({
    ...v,
    ...change,
    page: change.page ?? (Object.keys(change).some((k) => k !== 'tz' && k !== 'refresh') ? 1 : v.page),
  }),
};
