/**
 * A stand-in for the API's job endpoints, for the facts layer's unit tests: answers `fetch`
 * the way a server would (list with offset, limit, statuses, workflowNames, sort by CreateDate
 * or CompletionDateTime; a JobView per job), counting what it was asked and how much at once.
 */
import { statusFromFilter, type STATUS_FILTERS } from '../../../../contract/job-words.ts';
export interface FakeJob {
  jobId: string;
  status: string;
  workflowName: string;
  queueMs: number;
  startMs: number | null;
  runS: number | null;
  disposition: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const hms = (s: number) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

export function fakeJobsApi(jobs: FakeJob[], opts: { delayMs?: number; failIds?: Set<string> } = {}) {
  const log = { lists: 0, views: [] as string[], open: 0, most: 0 };
  const item = (j: FakeJob) => ({
    jobId: j.jobId,
    status: j.status,
    workflowName: j.workflowName,
    submittedBy: 'Ada Lovelace',
    queueTime: iso(j.queueMs),
    startTime: j.startMs === null ? null : iso(j.startMs),
    executionTime: j.runS === null ? null : hms(j.runS),
    priority: 'Low',
  });
  const ended = (j: FakeJob) => (j.startMs !== null && j.runS !== null ? j.startMs + j.runS * 1000 : null);
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(String(input), 'http://dashboard');
    const one = /^\/webapi\/v3\/jobs\/([^/]+)$/.exec(url.pathname);
    if (one) {
      log.views.push(one[1]!);
      log.most = Math.max(log.most, ++log.open);
      await new Promise((r) => setTimeout(r, opts.delayMs ?? 1));
      log.open--;
      const job = jobs.find((j) => j.jobId === one[1]);
      if (!job || opts.failIds?.has(job.jobId)) return json({ message: 'No such job.' }, 404);
      return json({ id: job.jobId, appId: 'w', status: job.status, disposition: job.disposition, outputs: [], priority: 'Low' });
    }
    if (url.pathname !== '/webapi/v3/jobs') return json({ message: 'No such resource.' }, 404);
    log.lists++;
    const q = url.searchParams;
    const statuses = q.getAll('statuses').map((s): string => statusFromFilter(s as (typeof STATUS_FILTERS)[number]));
    const names = q.getAll('workflowNames');
    let rows = jobs.filter((j) => (!statuses.length || statuses.includes(j.status)) && (!names.length || names.includes(j.workflowName)));
    const after = q.get('completedAfter');
    if (after) rows = rows.filter((j) => (ended(j) ?? -Infinity) >= Date.parse(`${after}T00:00:00Z`) + 86_400_000);
    const key = q.get('sortField') === 'CompletionDateTime' ? (j: FakeJob) => ended(j) ?? 0 : (j: FakeJob) => j.queueMs;
    const dir = q.get('direction') === 'asc' ? 1 : -1;
    rows = [...rows].sort((a, b) => dir * (key(a) - key(b)));
    const offset = Number(q.get('offset') ?? 0);
    const limit = Number(q.get('limit') ?? 50);
    return json({ data: rows.slice(offset, offset + limit).map(item), pagination: { totalItems: rows.length } });
  };
  return { fetch, log };
}
