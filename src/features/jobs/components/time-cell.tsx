import { useTranslation } from 'react-i18next';
import { absoluteTime, relativeTime, type Zone } from '../lib/format.ts';
import cells from './job-cells.module.css';

/** "3 min ago", with the exact time and its zone on hover and for screen readers. */
export function TimeCell({ ms, zone, nowMs }: { ms: number | null; zone: Zone; nowMs: number }) {
  const { i18n } = useTranslation();
  if (ms === null) return <span className={cells.dimmed}>—</span>;
  const exact = absoluteTime(ms, zone, i18n.language);
  const relative = relativeTime(ms, nowMs, i18n.language);
  return (
    // The browser's own tooltip: a styled one per cell made big pages slow to draw.
    <time dateTime={new Date(ms).toISOString()} title={exact} aria-label={`${relative} (${exact})`} className={cells.nowrap}>
      {relative}
    </time>
  );
}
