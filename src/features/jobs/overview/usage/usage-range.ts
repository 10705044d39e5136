/**
 * The report's days: a whole month (the current one unless the URL says otherwise) or any range
 * of UTC days. What has not happened yet is not read: the range stops at today.
 */
import { utcDay } from '../../history/days.ts';

/** yyyy-MM */
export type Month = string;

export const monthOf = (day: string): Month => day.slice(0, 7);
export const firstDay = (month: Month): string => `${month}-01`;
export function lastDay(month: Month): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return utcDay(Date.UTC(y, m, 0));
}

/** The month, when the range is exactly one whole month. */
export const wholeMonth = (from: string, to: string): Month | null =>
  monthOf(from) === monthOf(to) && from === firstDay(monthOf(from)) && to === lastDay(monthOf(to)) ? monthOf(from) : null;

/** The last `count` months, this one first. */
export function recentMonths(nowMs: number, count: number): Month[] {
  const now = new Date(nowMs);
  return Array.from({ length: count }, (_, i) => utcDay(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).slice(0, 7));
}

export interface UsageDays {
  /** As chosen. */
  fromDay: string;
  toDay: string;
  /** The last day there is to read: `toDay`, or today when the range goes on past it. */
  readTo: string;
  /** Nothing of the range has happened yet. */
  future: boolean;
}

export function usageDays(usageFrom: string | null, usageTo: string | null, nowMs: number): UsageDays {
  const today = utcDay(nowMs);
  const fromDay = usageFrom && usageTo ? usageFrom : firstDay(monthOf(today));
  const toDay = usageFrom && usageTo ? usageTo : lastDay(monthOf(today));
  const readTo = toDay < today ? toDay : today;
  return { fromDay, toDay, readTo, future: fromDay > today };
}

/** The range a month is in the URL: nothing for the current month, its default. */
export function monthChange(month: Month, nowMs: number): { usageFrom: string | null; usageTo: string | null } {
  return month === monthOf(utcDay(nowMs)) ? { usageFrom: null, usageTo: null } : { usageFrom: firstDay(month), usageTo: lastDay(month) };
}
