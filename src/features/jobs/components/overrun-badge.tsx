/**
 * "Overrun" on a running job's row in the jobs table, by the same rule as the Overview's list
 * (history/overrun.ts). The baselines and the threshold are read once for the table and reach
 * the rows through context, which passes by the memoized rows; only running rows draw a badge,
 * and they follow the clock by the minute.
 */
import { Badge, VisuallyHidden } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconAlarm } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { workflowKey } from '../../../../contract/job-words.ts';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { useNow } from '../../../lib/clock.ts';
import { DEFAULT_THRESHOLD_MIN, overrun, type Baseline, type Overrun } from '../history/overrun.ts';
import { formatCount, humanDuration } from '../lib/format.ts';
import { runTimeMs } from '../lib/job-times.ts';
import { useRunBaselines } from '../history/run-baselines.ts';
import { StatusBadge } from './status-badge.tsx';
import { useTableContext } from './table-context.ts';

/** The threshold in minutes, the same on the Overview and in the table (kept in this browser). */
export function useOverrunThreshold(): [number, (minutes: number) => void] {
  const [minutes, setMinutes] = useLocalStorage<number>({
    key: 'overview.overrunThresholdMin',
    defaultValue: DEFAULT_THRESHOLD_MIN,
    getInitialValueInEffect: false,
  });
  return [Number.isFinite(minutes) && minutes > 0 ? minutes : DEFAULT_THRESHOLD_MIN, setMinutes];
}

interface OverrunRule {
  baselines: Map<string, Baseline> | null;
  thresholdMs: number;
}
const OverrunContext = createContext<OverrunRule>({ baselines: null, thresholdMs: DEFAULT_THRESHOLD_MIN * 60_000 });

/**
 * The rule for every row below it: the baselines asked for once, not once per row, and only
 * while a running job is on the page (a week of finished jobs is no cost for a page without one).
 */
export function OverrunScope({ children, hasRunning }: { children: ReactNode; hasRunning: boolean }) {
  const { baselines } = useRunBaselines({ enabled: hasRunning });
  const [minutes] = useOverrunThreshold();
  const rule = useMemo(() => ({ baselines, thresholdMs: minutes * 60_000 }), [baselines, minutes]);
  return <OverrunContext value={rule}>{children}</OverrunContext>;
}

export const overrunOf = (rule: OverrunRule, workflowName: string, elapsedMs: number | null): Overrun | null =>
  overrun(elapsedMs, rule.baselines?.get(workflowKey(workflowName)), rule.thresholdMs);

/** What it has overrun, in words: "p95 of 34 runs: 12 min" or "the 120 min threshold". */
export function overrunLimitText(o: Overrun, t: TFunction, locale: string): string {
  if (o.over === 'p95')
    return t('overrun.p95', { count: o.runs, runs: formatCount(o.runs, locale), limit: humanDuration(o.limitMs, locale) });
  return t('overrun.threshold', { limit: minutes(o.limitMs, locale) });
}

export function OverrunBadge({ job }: { job: LenientJobListItem }) {
  const { t, i18n } = useTranslation();
  const rule = use(OverrunContext);
  const { fetchedAt } = useTableContext();
  const nowMs = useNow(60_000);
  const found = overrunOf(rule, job.workflowName, runTimeMs(job, nowMs, fetchedAt));
  if (!found) return null;
  const why = t('overrun.why', { by: humanDuration(found.byMs, i18n.language), limit: overrunLimitText(found, t, i18n.language) });
  // Only the few overrun rows draw one, so a Mantine Badge costs the table nothing to speak of.
  return (
    <Badge
      color="red"
      variant="light"
      tt="none"
      title={why}
      leftSection={<IconAlarm size={14} aria-hidden />}
      style={{ minWidth: 'max-content' }}
    >
      {t('overrun.badge')}
      <VisuallyHidden>{`: ${why}`}</VisuallyHidden>
    </Badge>
  );
}

/** The status cell of a running row: its status, and the badge when it has overrun. */
export function RunningStatus({ job }: { job: LenientJobListItem }) {
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      <StatusBadge status={job.status} />
      <OverrunBadge job={job} />
    </span>
  );
}

/** A threshold as it was set: in minutes ("120 min", 120分), not turned into hours. */
function minutes(ms: number, locale: string): string {
  const text = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.round(ms / 60_000));
  return locale.startsWith('ja') ? text.replace(/\s/g, '') : text;
}
