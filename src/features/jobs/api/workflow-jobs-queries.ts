import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { LenientWorkflowJobs, readAs } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';

export interface WorkflowJobsParams {
  sortField: string;
  direction: 'asc' | 'desc';
  status: string | null;
  resultCode: string | null;
  offset: number;
  limit: number;
}

export const WORKFLOW_JOBS_ROOT = ['workflow-jobs'] as const;

/** GET /v3/workflows/{id}/jobs: a bare array, so the page knows only whether it is full. */
export const workflowJobsQuery = (workflowId: string, p: WorkflowJobsParams) =>
  queryOptions({
    queryKey: [...WORKFLOW_JOBS_ROOT, workflowId, p],
    queryFn: async ({ signal }) =>
      readAs(
        LenientWorkflowJobs,
        await apiJson(`/v3/workflows/${encodeURIComponent(workflowId)}/jobs`, {
          query: {
            sortField: p.sortField,
            direction: p.direction,
            offset: p.offset,
            limit: p.limit,
            status: p.status ?? undefined,
            resultCode: p.resultCode ?? undefined,
          },
          signal,
        }),
        "workflow's jobs",
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
