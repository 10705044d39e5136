/**
 * UTC days as the history reads them (yyyy-MM-dd), and the list query that is exactly one of
 * them: the API's completedAfter and completedBefore both exclude the day they name.
 */
import { SORT_FIELD_OF, STATUS_FILTER } from '../../../../contract/job-words.ts';

export const DAY_MS = 86_400_000;

export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const dayStartMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
export const shiftDay = (day: string, days: number): string => utcDay(dayStartMs(day) + days * DAY_MS);

/**
 * The newest day that is over: today and yesterday may still gain jobs (a server files some
 * late), older days cannot, so what is read of them is kept.
 */
export const lastOverDay = (nowMs: number): string => utcDay(nowMs - 2 * DAY_MS);

/** The days from `fromDay` to `toDay`, both included, newest first. */
export function daysNewestFirst(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let d = toDay; d >= fromDay; d = shiftDay(d, -1)) days.push(d);
  return days;
}

/** The jobs that completed on `day` (UTC), newest first. */
export function dayQuery(day: string) {
  return {
    statuses: [STATUS_FILTER.Completed],
    allUsers: true,
    completedAfter: shiftDay(day, -1),
    completedBefore: shiftDay(day, 1),
    sortField: SORT_FIELD_OF.completed,
    direction: 'desc',
  };
}
