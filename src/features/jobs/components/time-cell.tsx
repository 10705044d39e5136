import { useTranslation } from 'react-i18next';
import { lastTick, stepFor, useNow } from '../../../lib/clock.ts';
import { absoluteTime, tableTime, type Zone } from '../lib/format.ts';
import cells from './job-cells.module.css';

/**
 * "3 min ago" (a date and time once it is older than a day), with the exact time and its zone
 * on hover and for screen readers. It follows the page's one clock at the step its age needs.
 * A time that has happened is never shown as still to come, whatever the clocks disagree on.
 */
export function TimeCell({ ms, zone }: { ms: number | null; zone: Zone }) {
  const { i18n } = useTranslation();
  const nowMs = useNow(ms === null ? 3_600_000 : stepFor(lastTick() - ms));
  if (ms === null) return <span className={cells.dimmed}>—</span>;
  const shown = Math.min(ms, nowMs);
  const exact = absoluteTime(ms, zone, i18n.language);
  const text = tableTime(shown, nowMs, zone, i18n.language);
  return (
    // The browser's own tooltip: a styled one per cell made big pages slow to draw.
    <time dateTime={new Date(ms).toISOString()} title={exact} aria-label={`${text} (${exact})`} className={cells.nowrap}>
      {text}
    </time>
  );
}
