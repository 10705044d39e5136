/**
 * The jobs that finished over a run of UTC days, for the Overview's history. The list API has
 * no aggregates, so the jobs themselves are read: day by day, newest day first, a page of a
 * thousand at a time, until each day's totalItems. What it costs is bounded twice: by a cap
 * (HISTORY_MAX_JOBS from the dashboard's server), which cuts the oldest days, and by the
 * browser, which keeps every day that is over and never asks for it again.
 */
import { LenientJobList, readAs } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { DEFAULT_HISTORY_MAX_JOBS, fetchHealth, historyMaxJobs } from '../../../lib/health.ts';
import { countDays } from './day-counts.ts';
import { browserDayStore, type DayStore } from './day-store.ts';
import { dayQuery, daysNewestFirst, lastOverDay, shiftDay } from './days.ts';
import { finishedJob, type FinishedJob } from './finished-job.ts';

export type { FinishedJob } from './finished-job.ts';

export interface FinishedRead {
  fromDay: string;
  toDay: string;
  /** Newest first. */
  jobs: FinishedJob[];
  /** Jobs asked from the server this time. */
  read: number;
  /** Jobs the browser had kept from an earlier visit. */
  kept: number;
  /** The cap was reached before `fromDay`: the oldest days are missing or cut. */
  capped: boolean;
  /** The oldest day read whole; the day after `toDay` when the cap cut even that one. */
  coveredFromDay: string;
  /** How many jobs the days hold, as the server counted them. */
  total: number;
}

export interface FinishedReadOptions {
  signal: AbortSignal;
  onProgress?: (read: number, total: number) => void;
  /** Default: the dashboard server's HISTORY_MAX_JOBS. */
  cap?: number;
  nowMs?: number;
  /** Where days that are over are kept; the browser's IndexedDB unless a test says otherwise. */
  store?: DayStore;
}

const PAGE = 1000;

async function serverCap(): Promise<number> {
  try {
    return historyMaxJobs(await fetchHealth());
  } catch {
    return DEFAULT_HISTORY_MAX_JOBS;
  }
}

/** Up to `want` of the day's jobs, newest first, and the day's totalItems as last said. */
async function readDay(day: string, want: number, signal: AbortSignal, onPage: (jobs: number) => void) {
  const seen = new Set<string>();
  const jobs: FinishedJob[] = [];
  let total = 0;
  for (let offset = 0; jobs.length < want;) {
    const query = { ...dayQuery(day), limit: PAGE, offset };
    const list = readAs(LenientJobList, await apiJson('/v3/jobs', { query, signal }), 'job list');
    total = list.pagination.totalItems;
    for (const item of list.data) {
      // A job that ends while this runs pushes the rest down a place: counted once.
      if (seen.has(item.jobId) || jobs.length >= want) continue;
      seen.add(item.jobId);
      jobs.push(finishedJob(item, day));
    }
    offset += list.data.length;
    onPage(jobs.length);
    if (list.data.length === 0 || offset >= total) break;
  }
  return { jobs, total, whole: jobs.length >= total };
}

export async function readFinishedDays(fromDay: string, toDay: string, opts: FinishedReadOptions): Promise<FinishedRead> {
  const { signal, onProgress } = opts;
  const store = opts.store ?? browserDayStore;
  const cap = opts.cap ?? (await serverCap());
  const nowMs = opts.nowMs ?? Date.now();
  const lastKeptDay = lastOverDay(nowMs);
  const days = daysNewestFirst(fromDay, toDay);

  const kept = new Map<string, Awaited<ReturnType<DayStore['get']>>>();
  await Promise.all(days.filter((d) => d <= lastKeptDay).map(async (d) => kept.set(d, await store.get(d))));
  // Counts first, so the progress says "of how many" from the start.
  const unknown = days.filter((d) => !kept.get(d));
  const counted = await countDays(unknown, signal, nowMs);
  const totals = new Map<string, number>(unknown.map((d, i) => [d, counted[i]!]));
  for (const d of days) if (!totals.has(d)) totals.set(d, kept.get(d)!.total);
  let total = [...totals.values()].reduce((a, b) => a + b, 0);
  const shown = Math.min(total, cap);

  const jobs: FinishedJob[] = [];
  let read = 0;
  let keptJobs = 0;
  let capped = false;
  let coveredFromDay = shiftDay(toDay, 1);
  onProgress?.(0, shown);
  for (const d of days) {
    const room = cap - jobs.length;
    if (room <= 0) {
      capped = true;
      break;
    }
    const fromBrowser = kept.get(d);
    if (fromBrowser) {
      jobs.push(...fromBrowser.jobs.slice(0, room));
      keptJobs += Math.min(room, fromBrowser.jobs.length);
      if (fromBrowser.jobs.length > room) capped = true;
    } else {
      const before = jobs.length;
      const day = await readDay(d, room, signal, (n) => onProgress?.(before + n, shown));
      jobs.push(...day.jobs);
      read += day.jobs.length;
      // The count said before the walk is replaced by what the walk found.
      total += day.total - totals.get(d)!;
      if (!day.whole) capped = day.jobs.length >= room;
      if (day.whole && d <= lastKeptDay) await store.set(d, { total: day.total, jobs: day.jobs });
    }
    onProgress?.(jobs.length, shown);
    if (capped) break;
    coveredFromDay = d;
  }
  return { fromDay, toDay, jobs, read, kept: keptJobs, capped, coveredFromDay, total };
}
