/** Times and durations for people: in their language, with the time zone always named. */

export type Zone = 'local' | 'utc';

// Building an Intl formatter costs far more than using one, and a table page formats
// hundreds of values: each kind is built once per language and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** "3 min ago", "in 2 h", "yesterday". */
export function relativeTime(ms: number, nowMs: number, locale: string): string {
  const rtf = cached(`rel|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }));
  const diffS = Math.round((ms - nowMs) / 1000);
  const abs = Math.abs(diffS);
  const text = relativeText(rtf, diffS, abs);
  // Intl writes "15 秒前"; Japanese sets numbers and units solid, as the durations do (16秒).
  return locale.startsWith('ja') ? text.replace(/(\d)\s+/g, '$1') : text;
}

function relativeText(rtf: Intl.RelativeTimeFormat, diffS: number, abs: number): string {
  if (abs < 45) return rtf.format(diffS, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(diffS / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(diffS / 3600), 'hour');
  if (abs < 26 * 86400) return rtf.format(Math.round(diffS / 86400), 'day');
  if (abs < 320 * 86400) return rtf.format(Math.round(diffS / (30 * 86400)), 'month');
  return rtf.format(Math.round(diffS / (365 * 86400)), 'year');
}

/** "Nov 29, 2026, 09:14:05 UTC" or with the local zone's name. */
export function absoluteTime(ms: number, zone: Zone, locale: string): string {
  return cached(
    `abs|${locale}|${zone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', ...(zone === 'utc' ? { timeZone: 'UTC' } : {}) }),
  ).format(ms);
}

/**
 * A .NET TimeSpan as text into milliseconds: `[-][d.]hh:mm:ss[.fffffff]` (`hh:mm:ss` below a
 * day, `d.hh:mm:ss` from a day on; hours past 24 are read too, as older sandboxes wrote them);
 * null when it is not that, so the caller can show the server's own text instead.
 */
export function parseTimeSpan(text: string | null | undefined): number | null {
  const m = text ? /^(-)?(?:(\d+)\.)?(\d+):([0-5]\d):([0-5]\d)(\.\d{1,7})?$/.exec(text.trim()) : null;
  if (!m) return null;
  const seconds = Number(m[2] ?? 0) * 86_400 + Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5]) + Number(m[6] ?? 0);
  const ms = Math.round(seconds * 1000);
  return m[1] ? -ms : ms;
}

/** Recent times read "3 min ago"; older ones as a short date and time ("Nov 3, 14:05"). */
export function tableTime(ms: number, nowMs: number, zone: Zone, locale: string): string {
  if (Math.abs(nowMs - ms) < 22 * 3_600_000) return relativeTime(ms, nowMs, locale);
  const sameYear = new Date(ms).getUTCFullYear() === new Date(nowMs).getUTCFullYear();
  return cached(
    `short|${locale}|${zone}|${sameYear}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...(sameYear ? {} : { year: 'numeric' }),
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...(zone === 'utc' ? { timeZone: 'UTC' } : {}),
      }),
  ).format(ms);
}

/**
 * "26h 5m", "45s", "2分5秒": the two largest units, in the reader's language. Hours do not roll
 * over into days: a run time is read against other run times, and "1d 2h" would hide the minutes.
 * A negative span (the server's clocks disagreeing) keeps its sign rather than reading as zero.
 */
export function humanDuration(ms: number, locale: string): string {
  if (ms < 0 && Math.round(-ms / 1000) > 0) return `\u2212${humanDuration(-ms, locale)}`;
  const units: [Intl.NumberFormatOptions['unit'], number][] = [
    ['hour', 3_600_000],
    ['minute', 60_000],
    ['second', 1000],
  ];
  // Japanese reads best as 2分5秒; its narrow units are Latin letters.
  const japanese = locale.startsWith('ja');
  let rest = Math.max(0, Math.round(ms / 1000) * 1000);
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0 || (parts.length === 0 && unit === 'second')) {
      parts.push(
        cached(
          `unit|${locale}|${unit}`,
          () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: japanese ? 'short' : 'narrow' }),
        ).format(n),
      );
    }
    if (parts.length === 2) break;
    if (parts.length === 1 && n === 0) break;
  }
  return japanese ? parts.join('').replace(/\s/g, '') : parts.join(' ');
}

/**
 * A range of calendar days as the reader's language writes one ("Nov 30 – Dec 1, 2026",
 * 「2026/11/30～2026/12/01」); one day alone when both ends are the same. Days are dates, not
 * instants, so they are read and written in UTC.
 */
export function dayRange(from: string, to: string, locale: string): string {
  const f = cached(`days|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  return from === to ? f.format(day(from)) : f.formatRange(day(from), day(to));
}

export function formatDay(day: string, locale: string): string {
  return dayRange(day, day, locale);
}

export function formatCount(n: number, locale: string): string {
  return cached(`num|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** A share (0–1) as a percentage with one decimal, so a column of them lines up: 4.7%, 5.0%. */
export function formatShare(share: number, locale: string): string {
  return cached(
    `share|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(share);
}
