/**
 * Finds a job's list item when no list on screen holds it (a job opened by link, by its id, or
 * after a reload). A JobView says neither who ran it nor when; the list does, but cannot be
 * asked for one id. So the list is narrowed as far as the JobView allows (its workflow, whether
 * it has ended, the day it was queued) and, sorted by creation, searched by halves for the
 * second it was queued: a few small requests, however many jobs the server holds.
 */
import { LenientJobList, readAs, type LenientJobListItem, type LenientJobView } from '../../../../contract/lenient.ts';
import { isFinished, SORT_FIELD_OF, STATUS_FILTER } from '../../../../contract/job-words.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { completedAfterFor } from '../lib/dates.ts';

const PAGE = 100;

type Params = Record<string, string | number | boolean | string[] | undefined>;

async function page(params: Params, offset: number, limit: number, signal?: AbortSignal) {
  const body = await apiJson('/v3/jobs', { query: { ...params, offset, limit }, signal });
  return readAs(LenientJobList, body, 'job list');
}

/** Searches one narrowed list; null when the job is not in it. */
async function search(jobId: string, createdMs: number | null, params: Params, signal?: AbortSignal) {
  const first = await page(params, 0, PAGE, signal);
  const hit = first.data.find((j) => j.jobId === jobId);
  if (hit || first.pagination.totalItems <= PAGE || createdMs === null) return hit ?? null;
  // The list is in order of queueing: find the first job queued at or after this one's second.
  const target = Math.floor(createdMs / 1000) * 1000;
  let lo = 0;
  let hi = first.pagination.totalItems;
  while (hi - lo > PAGE) {
    const mid = (lo + hi) >> 1;
    const probe = (await page(params, mid, 1, signal)).data[0];
    const at = Date.parse(probe?.queueTime ?? '');
    if (!probe || Number.isNaN(at)) return null;
    if (at < target) lo = mid + 1;
    else hi = mid;
  }
  // From a little before, on through every job queued in that same second (a burst may be big).
  for (let offset = Math.max(0, lo - PAGE / 2), pages = 0; pages < 20; pages++) {
    const near = await page(params, offset, PAGE * 2, signal);
    const found = near.data.find((j) => j.jobId === jobId);
    if (found) return found;
    const last = Date.parse(near.data.at(-1)?.queueTime ?? '');
    if (near.data.length < PAGE * 2 || !(last < target + 1000)) return null;
    offset += near.data.length;
  }
  return null;
}

/**
 * The list item of the job a JobView describes, or null when the list does not have it.
 * `workflowName` is the JobView's workflow (`appId`) by name, when the workflows list knows it.
 */
export async function locateJobItem(
  view: LenientJobView,
  workflowName: string | null,
  signal?: AbortSignal,
): Promise<LenientJobListItem | null> {
  const createdMs = Date.parse(view.createDateTime ?? '');
  const created = Number.isNaN(createdMs) ? null : createdMs;
  const ended = isFinished(view.status);
  const params: Params = {
    sortField: SORT_FIELD_OF.queued,
    direction: 'asc',
    allUsers: true,
    // Whether it has ended, not its exact status: a queued job may start while this runs.
    statuses: ended ? [STATUS_FILTER.Completed] : [STATUS_FILTER.Queued, STATUS_FILTER.Initializing, STATUS_FILTER.Running],
    // It ended after it was queued.
    ...(ended && created !== null ? { completedAfter: completedAfterFor(created) } : {}),
  };
  if (workflowName) {
    const found = await search(view.id, created, { ...params, workflowNames: [workflowName] }, signal);
    if (found) return found;
  }
  // A server may name the workflow otherwise in its list ("X" and "X.yxmd"): without the name.
  return search(view.id, created, params, signal);
}
