import type { TFunction } from 'i18next';
import { dayRange, formatDay } from './format.ts';

/** "Completed between" as the field and its chip say it; null when no day is chosen. */
export function completedRangeText(from: string | null, to: string | null, t: TFunction, locale: string): string | null {
  if (from && to) return dayRange(from, to, locale);
  if (from) return t('filters.fromDay', { day: formatDay(from, locale) });
  if (to) return t('filters.untilDay', { day: formatDay(to, locale) });
  return null;
}
