/** How a bucket of the history's charts is named: an hour ("Mon 08:00") or a UTC day ("Dec 7"). */
import type { Zone } from '../../lib/format.ts';
import type { BucketUnit } from '../../history/history-stats.ts';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, locale: string, opts: Intl.DateTimeFormatOptions, zone: Zone) {
  const id = `${key}|${locale}|${zone}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(locale, { ...opts, ...(zone === 'utc' ? { timeZone: 'UTC' } : {}) })));
  return f;
}

export function bucketLabel(startMs: number, unit: BucketUnit, zone: Zone, locale: string): string {
  return unit === 'hour'
    ? format('hour', locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, zone).format(startMs)
    : format('day', locale, { month: 'short', day: 'numeric', weekday: 'short' }, zone).format(startMs);
}

/** The same bucket on a chart's axis, where room is short: 08:00, 11/25. */
export function bucketTick(startMs: number, unit: BucketUnit, zone: Zone, locale: string): string {
  return unit === 'hour'
    ? format('hourTick', locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, zone).format(startMs)
    : format('dayTick', locale, { month: 'numeric', day: 'numeric' }, zone).format(startMs);
}

/** A UTC day (yyyy-MM-dd) as a bucket's name. */
export const dayLabel = (day: string, locale: string) => bucketLabel(Date.parse(`${day}T00:00:00Z`), 'day', 'utc', locale);

/** The weekday names, Monday first, in the reader's language. */
export function weekdayNames(locale: string): string[] {
  const f = format('weekday', locale, { weekday: 'short' }, 'utc');
  // 7 December 2026 is a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2026, 11, 7 + i)));
}

/**
 * The x-axis tick formatter for buckets drawn by their label: it finds the tick by the label it
 * is given, since the chart thins its ticks when room is short and counts only those it draws.
 */
export function tickByLabel(buckets: readonly { label: string; tick: string }[]): (label: string) => string {
  const ticks = new Map(buckets.map((b) => [b.label, b.tick]));
  return (label) => ticks.get(label) ?? '';
}
