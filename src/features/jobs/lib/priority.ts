import type { TFunction } from 'i18next';
import { PRIORITY_NUMBER_MEANING } from '../../../../contract/job-words.ts';

/** A priority as a reader knows it: its name; a number with its meaning ("Validation (6)"), or as it is. */
export function priorityLabel(t: TFunction, priority: string): string {
  if (!/^\d+$/.test(priority)) return t(`priority.${priority}`, { defaultValue: priority });
  const n = String(Number(priority));
  const meaning = PRIORITY_NUMBER_MEANING[n];
  return meaning ? t('priority.numbered', { name: t(`priority.${meaning}`), n }) : n;
}
