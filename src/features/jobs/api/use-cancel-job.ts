import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LenientJobList, LenientWorkflowJob } from '../../../../contract/lenient.ts';
import { cancelJobRequest } from './cancel-job-request.ts';
import { jobQueries } from './job-queries.ts';
import { jobsQueries } from './jobs-queries.ts';
import { WORKFLOW_JOBS_ROOT } from './workflow-jobs-queries.ts';

/**
 * DELETE /v3/jobs/{id}. The screen changes at once (a deleted queued job leaves the lists;
 * a stopped one reads Completed), then the job and the lists are fetched again, whatever
 * the answer, so they show the job's true state.
 */
export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelJobRequest,
    onSuccess: (_answer, jobId) => {
      const lists = queryClient.getQueriesData<LenientJobList>({ queryKey: [...jobsQueries.all, 'list'] });
      const workflowLists = queryClient.getQueriesData<LenientWorkflowJob[]>({ queryKey: WORKFLOW_JOBS_ROOT });
      const wasQueued =
        lists.some(([, list]) => list?.data.some((j) => j.jobId === jobId && j.status === 'Queued')) ||
        workflowLists.some(([, jobs]) => jobs?.some((j) => j.id === jobId && j.status === 'Queued'));
      queryClient.setQueriesData<LenientJobList>({ queryKey: [...jobsQueries.all, 'list'] }, (list) => {
        if (!list?.data.some((j) => j.jobId === jobId)) return list;
        if (wasQueued) {
          return {
            ...list,
            data: list.data.filter((j) => j.jobId !== jobId),
            pagination: { ...list.pagination, totalItems: list.pagination.totalItems - 1 },
          };
        }
        return { ...list, data: list.data.map((j) => (j.jobId === jobId ? { ...j, status: 'Completed' } : j)) };
      });
      queryClient.setQueriesData<LenientWorkflowJob[]>({ queryKey: WORKFLOW_JOBS_ROOT }, (jobs) => {
        if (!jobs?.some((j) => j.id === jobId)) return jobs;
        return wasQueued ? jobs.filter((j) => j.id !== jobId) : jobs.map((j) => (j.id === jobId ? { ...j, status: 'Completed' } : j));
      });
    },
    onSettled: (_answer, _error, jobId) => {
      void queryClient.invalidateQueries({ queryKey: [...jobQueries.all, jobId] });
      void queryClient.invalidateQueries({ queryKey: jobsQueries.all });
      void queryClient.invalidateQueries({ queryKey: WORKFLOW_JOBS_ROOT });
    },
  });
}
