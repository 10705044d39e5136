import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Hint } from '../../../../components/hint.tsx';
import type { PoolEstimate } from '../../history/queue-estimate.ts';
import { absoluteTime, humanDuration, type Zone } from '../../lib/format.ts';
import type { PlannedJob } from './queue-plan.ts';

interface Props {
  planned: PlannedJob;
  pool: PoolEstimate;
  tag: string;
  /** Its workflow's median run; null when it has none and the overall one stands in. */
  medianMs: number | null;
  overallMs: number | null;
  nowMs: number;
  zone: Zone;
}

/**
 * "in about 12 min", with why on hover and keyboard focus (and as the text's description for
 * screen readers): how many are ahead, how busy the slots are, when the next frees, and what
 * run time it was worked out with.
 */
export function StartEstimate(props: Props) {
  const { t, i18n } = useTranslation();
  const { planned, nowMs } = props;
  if (planned.startMs === null) return <span>—</span>;
  const inMs = planned.startMs - nowMs;
  const text =
    inMs < 60_000 ? t('overview.now.startSoon') : t('overview.now.startIn', { when: humanDuration(roundToMinute(inMs), i18n.language) });
  return (
    <Hint label={reasoning(props, t, i18n.language)} multiline>
      <Text
        component="span"
        size="sm"
        tabIndex={0}
        style={{ textDecoration: 'underline dotted', cursor: 'help', whiteSpace: 'nowrap' }}
        className="mantine-focus-auto"
      >
        {text}
      </Text>
    </Hint>
  );
}

const roundToMinute = (ms: number) => Math.max(60_000, Math.round(ms / 60_000) * 60_000);

function reasoning({ planned, pool, tag, medianMs, overallMs, nowMs, zone }: Props, t: TFunction, locale: string): string {
  const about = (ms: number) => humanDuration(roundToMinute(ms - nowMs), locale);
  const parts = [t('overview.now.why.ahead', { count: planned.position - 1, n: planned.position - 1 })];
  if (tag) parts.push(t('overview.now.why.tagPool', { tag, count: pool.slots, n: pool.slots }));
  else parts.push(t('overview.now.why.busy', { count: pool.slots, busy: pool.busySlots, slots: pool.slots }));
  if (!tag && pool.busySlots < pool.slots) parts.push(t('overview.now.why.idle'));
  else if (pool.nextFreeMs !== null) parts.push(t('overview.now.why.nextFrees', { when: about(pool.nextFreeMs) }));
  if (medianMs !== null) parts.push(t('overview.now.why.median', { median: humanDuration(medianMs, locale) }));
  else if (overallMs !== null) parts.push(t('overview.now.why.overall', { median: humanDuration(overallMs, locale) }));
  parts.push(t('overview.now.why.at', { at: absoluteTime(planned.startMs!, zone, locale) }));
  // Each Japanese part is a sentence ending in 。, which runs on with no separator; English parts take a semicolon.
  return parts.join(locale.startsWith('ja') ? '' : '; ');
}
