/**
 * How many jobs completed on each day: one `limit=1` list per day, whose totalItems is the
 * count. Exact and cheap however many jobs the server holds, and not bound by the history's cap.
 */
import { LenientJobList, readAs } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';
import { dayQuery, daysNewestFirst, lastOverDay } from './days.ts';

export interface DayCount {
  day: string;
  count: number;
}

// A day that is over keeps its count (see finished-days): asked once per page.
const overCounts = new Map<string, number>();

export async function countFinishedDay(day: string, signal: AbortSignal, nowMs = Date.now()): Promise<number> {
  const known = overCounts.get(day);
  if (known !== undefined) return known;
  const list = readAs(LenientJobList, await apiJson('/v3/jobs', { query: { ...dayQuery(day), limit: 1, offset: 0 }, signal }), 'job list');
  if (day <= lastOverDay(nowMs)) overCounts.set(day, list.pagination.totalItems);
  return list.pagination.totalItems;
}

/** A few at a time: thirty days at once would crowd out the page's own requests. */
const AT_ONCE = 4;

/** The counts of these days, in their order. */
export async function countDays(days: readonly string[], signal: AbortSignal, nowMs = Date.now()): Promise<number[]> {
  const counts = new Array<number>(days.length);
  let next = 0;
  const worker = async () => {
    while (next < days.length) {
      const i = next++;
      counts[i] = await countFinishedDay(days[i]!, signal, nowMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, days.length) }, worker));
  return counts;
}

/** The days' counts, oldest first. */
export async function readDayCounts(fromDay: string, toDay: string, opts: { signal: AbortSignal; nowMs?: number }): Promise<DayCount[]> {
  const days = daysNewestFirst(fromDay, toDay).reverse();
  const counts = await countDays(days, opts.signal, opts.nowMs);
  return days.map((day, i) => ({ day, count: counts[i]! }));
}
