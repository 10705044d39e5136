import { LenientJobList, readAs, type LenientJobListItem } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';
import type { JobsView } from '../state/view.ts';
import { listParams } from './list-params.ts';

/** More than this at once is a mistake more often than a plan: narrow the filters first. */
export const MAX_MATCHING = 10_000;
const PAGE = 1_000;

/**
 * Every job matching a list view, page by page through the API (the dashboard never holds
 * more than one page of the list otherwise). Jobs that move between pages while this runs
 * are counted once.
 */
export async function fetchMatchingJobs(
  view: JobsView,
  isCurator: boolean,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (fetched: number, total: number) => void },
): Promise<LenientJobListItem[]> {
  const byId = new Map<string, LenientJobListItem>();
  const base = listParams({ ...view, page: 1, pageSize: PAGE }, isCurator);
  for (let offset = 0; ;) {
    const list = readAs(LenientJobList, await apiJson('/v3/jobs', { query: { ...base, offset, limit: PAGE }, signal }), 'job list');
    for (const job of list.data) byId.set(job.jobId, job);
    offset += list.data.length;
    const total = list.pagination.totalItems;
    onProgress?.(Math.min(offset, total), total);
    if (list.data.length === 0 || offset >= total || byId.size >= MAX_MATCHING) break;
  }
  return [...byId.values()].slice(0, MAX_MATCHING);
}
