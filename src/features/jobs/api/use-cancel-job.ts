import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LenientJobList, LenientWorkflowJob } from '../../../../contract/lenient.ts';
import { cancelJobRequest } from './cancel-job-request.ts';
import { jobKeys } from './query-keys.ts';

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
      const lists = queryClient.getQueriesData<LenientJobList>({ queryKey: jobKeys.jobLists() });
      const workflowLists = queryClient.getQueriesData<LenientWorkflowJob[]>({ queryKey: jobKeys.workflowLists() });
      const wasQueued =
        lists.some(([, list]) => list?.data.some((j) => j.jobId === jobId && j.status === 'Queued')) ||
        workflowLists.some(([, jobs]) => jobs?.some((j) => j.id === jobId && j.status === 'Queued'));
      queryClient.setQueriesData<LenientJobList>({ queryKey: jobKeys.jobLists() }, (list) => {
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
      queryClient.setQueriesData<LenientWorkflowJob[]>({ queryKey: jobKeys.workflowLists() }, (jobs) => {
        if (!jobs?.some((j) => j.id === jobId)) return jobs;
        return wasQueued ? jobs.filter((j) => j.id !== jobId) : jobs.map((j) => (j.id === jobId ? { ...j, status: 'Completed' } : j));
      });
    },
    onSettled: (_answer, _error, jobId) => {
      void queryClient.invalidateQueries({ queryKey: jobKeys.job(jobId) });
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}
