/** The jobs list's data: query keys and fetchers together. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { LenientJobList, LenientUsers, LenientWorkflowJobs, LenientWorkflows, readAs } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { CANCELLABLE_STATUSES, isCancellable } from '../../../../contract/job-words.ts';
import { jobFacts, listItemRef } from '../facts/job-facts.ts';
import type { JobsView } from '../state/view.ts';
import { listParams } from './list-params.ts';
import { jobKeys } from './query-keys.ts';

/**
 * The view narrowed to the jobs a cancel can touch (queued and running), or null when its
 * filters leave none (only finished statuses, or a completion date, which no such job has).
 */
export function cancellableView(v: JobsView): JobsView | null {
  const statuses = (v.statuses.length ? v.statuses : CANCELLABLE_STATUSES).filter((s) => isCancellable(s));
  if (statuses.length === 0 || v.completedFrom || v.completedTo) return null;
  return { ...v, statuses };
}

export interface WorkflowJobsParams {
  sortField: string;
  direction: 'asc' | 'desc';
  status: string | null;
  resultCode: string | null;
  offset: number;
  limit: number;
}

export const jobListQueries = {
  list: (v: JobsView, isCurator: boolean) => {
    const params = listParams(v, isCurator);
    return queryOptions({
      queryKey: jobKeys.list(params),
      queryFn: async ({ signal }) => {
        const list = readAs(LenientJobList, await apiJson('/v3/jobs', { query: params, signal }), 'job list');
        // Results are asked for as soon as the page is known, not once it is drawn.
        jobFacts.noteItems(list.data);
        void jobFacts.want(list.data.map(listItemRef));
        return list;
      },
      // The table keeps showing the last page while the next loads: no blank flashes.
      placeholderData: keepPreviousData,
      refetchInterval: v.refresh > 0 ? v.refresh * 1000 : false,
    });
  },
  /** How many jobs of the view could be cancelled: one item asked for, the total read. */
  cancellableCount: (v: JobsView, isCurator: boolean) => {
    const narrowed = cancellableView(v);
    const params = narrowed ? { ...listParams({ ...narrowed, page: 1, sort: 'queued', dir: 'desc' }, isCurator), limit: 1 } : null;
    return queryOptions({
      queryKey: jobKeys.cancellable(params),
      queryFn: async ({ signal }) =>
        params ? readAs(LenientJobList, await apiJson('/v3/jobs', { query: params, signal }), 'job list').pagination.totalItems : 0,
      placeholderData: keepPreviousData,
      refetchInterval: v.refresh > 0 ? v.refresh * 1000 : false,
    });
  },
  users: () =>
    queryOptions({
      queryKey: jobKeys.reference('users'),
      queryFn: async ({ signal }) => readAs(LenientUsers, await apiJson('/v3/users', { signal }), 'user list'),
      staleTime: 5 * 60_000,
    }),
  workflows: () =>
    queryOptions({
      queryKey: jobKeys.reference('workflows'),
      queryFn: async ({ signal }) => readAs(LenientWorkflows, await apiJson('/v3/workflows', { signal }), 'workflow list'),
      staleTime: 5 * 60_000,
    }),
  /** GET /v3/workflows/{id}/jobs: a bare array, so the page knows only whether it is full. */
  workflowJobs: (workflowId: string, p: WorkflowJobsParams, refreshSeconds: number) =>
    queryOptions({
      queryKey: jobKeys.workflowList(workflowId, p),
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
      refetchInterval: refreshSeconds > 0 ? refreshSeconds * 1000 : false,
    }),
};
