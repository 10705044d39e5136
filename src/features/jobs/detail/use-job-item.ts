import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LenientJobList, LenientJobListItem, LenientJobView } from '../../../../contract/lenient.ts';
import { isFinished } from '../../../../contract/job-words.ts';
import { jobDetailQueries } from '../api/job-detail-queries.ts';
import { jobListQueries } from '../api/job-list-queries.ts';
import { jobKeys } from '../api/query-keys.ts';
import { jobFacts } from '../facts/job-facts.ts';

/** The freshest row any list on this page holds for the job, and when that list was fetched. */
function fromLists(queryClient: QueryClient, jobId: string): { item: LenientJobListItem; at: number } | undefined {
  let best: { item: LenientJobListItem; at: number } | undefined;
  for (const query of queryClient.getQueryCache().findAll({ queryKey: jobKeys.jobLists() })) {
    const item = (query.state.data as LenientJobList | undefined)?.data.find((j) => j.jobId === jobId);
    if (item && (!best || query.state.dataUpdatedAt > best.at)) best = { item, at: query.state.dataUpdatedAt };
  }
  const kept = jobFacts.get(jobId)?.item;
  return best ?? (kept ? { item: kept, at: Date.now() } : undefined);
}

/**
 * What the list says about the job the pane shows: from a list on screen when it has the job,
 * else from what the browser keeps, else looked for in the list (Curators only: the list of all
 * jobs is theirs alone). `reason` says why there is none.
 */
export function useJobItem(jobId: string, view: LenientJobView | undefined, isCurator: boolean) {
  const queryClient = useQueryClient();
  const workflows = useQuery({ ...jobListQueries.workflows(), enabled: isCurator && view !== undefined });
  const workflowName = workflows.data?.find((w) => w.id === view?.appId)?.name ?? null;
  const options = jobDetailQueries.item(jobId, view, workflowName);
  const item = useQuery({
    ...options,
    enabled: isCurator && options.enabled !== false && !workflows.isPending,
    initialData: () => {
      const known = fromLists(queryClient, jobId)?.item;
      // A row from before the job ended does not stand for it once it has.
      return known && (!view || isFinished(known.status) === isFinished(view.status)) ? known : undefined;
    },
    initialDataUpdatedAt: () => fromLists(queryClient, jobId)?.at,
  });
  const reason = item.data
    ? null
    : !isCurator
      ? ('notCurator' as const)
      : item.error
        ? ('failed' as const)
        : item.data === null
          ? ('notFound' as const)
          : ('loading' as const);
  return { item: item.data ?? undefined, fetchedAt: item.dataUpdatedAt, reason, error: item.error, workflowName };
}
