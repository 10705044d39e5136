/**
 * A stand-in server for the history's unit tests: GET /v3/jobs with the filters the history
 * uses (statuses, completedAfter/Before as the API reads them, sort by completion, offset and
 * limit) and /healthz, logging every list query it answers.
 */
import type { FinishedJob } from './finished-job.ts';
import type { DayStore, KeptDay } from './day-store.ts';

export interface FakeFinished {
  jobId: string;
  workflowName: string;
  user?: string;
  queuedMs: number;
  startMs: number;
  runS: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const hms = (s: number) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
const DAY_MS = 86_400_000;

export function fakeHistoryApi(jobs: FakeFinished[], opts: { historyMaxJobs?: number; onList?: (q: URLSearchParams) => void } = {}) {
  const lists: URLSearchParams[] = [];
  const end = (j: FakeFinished) => j.startMs + j.runS * 1000;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://dashboard');
    if (url.pathname === '/healthz') return json({ status: 'ok', mode: 'sandbox', historyMaxJobs: opts.historyMaxJobs });
    if (url.pathname !== '/webapi/v3/jobs') return json({ message: 'No such resource.' }, 404);
    const q = url.searchParams;
    lists.push(q);
    opts.onList?.(q);
    if (init?.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const after = q.get('completedAfter');
    const before = q.get('completedBefore');
    let rows = q.getAll('statuses').every((s) => s === 'Complete') ? jobs : [];
    if (after) rows = rows.filter((j) => end(j) >= Date.parse(`${after}T00:00:00Z`) + DAY_MS);
    if (before) rows = rows.filter((j) => end(j) < Date.parse(`${before}T00:00:00Z`));
    rows = [...rows].sort((a, b) => end(b) - end(a));
    const offset = Number(q.get('offset') ?? 0);
    const limit = Number(q.get('limit') ?? 50);
    const data = rows.slice(offset, offset + limit).map((j) => ({
      jobId: j.jobId,
      status: 'Completed',
      workflowName: j.workflowName,
      workflowId: `wf-${j.workflowName}`,
      submittedBy: j.user ?? 'Ada Lovelace',
      queueTime: iso(j.queuedMs),
      startTime: iso(j.startMs),
      executionTime: hms(j.runS),
      priority: 'Low',
    }));
    return json({ data, pagination: { totalItems: rows.length } });
  };
  return { fetch, lists };
}

/** A DayStore in memory, which says what was put in it. */
export function memoryDayStore() {
  const days = new Map<string, KeptDay>();
  const store: DayStore = {
    get: async (day) => days.get(day),
    set: async (day, kept) => void days.set(day, kept),
  };
  return { store, days };
}

/** A finished job made up for the figures' tests. */
export function made(over: Partial<FinishedJob> & { startMs: number; runMs: number }): FinishedJob {
  const queuedMs = over.queuedMs ?? over.startMs;
  return {
    jobId: over.jobId ?? `j${Math.random()}`,
    workflowName: over.workflowName ?? 'Payroll',
    workflowId: over.workflowId ?? '',
    submittedBy: over.submittedBy ?? 'Ada Lovelace',
    priority: 'Low',
    queuedMs,
    startMs: over.startMs,
    endMs: over.startMs + over.runMs,
    runMs: over.runMs,
    waitMs: over.startMs - queuedMs,
    day: new Date(over.startMs + over.runMs).toISOString().slice(0, 10),
  };
}
