import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { formatCount, humanDuration, type Zone } from '../../lib/format.ts';
import { bucketLabel, bucketTick, tickByLabel } from './bucket-labels.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureTable } from './figure-table.tsx';
import { compactDuration } from './compact-duration.ts';
import type { HistoryData } from './use-history-data.ts';

const MINUTE = 60_000;
const minutes = (ms: number | null) => (ms === null ? null : ms / MINUTE);

/** Queue wait, median and p95, per hour (24h) or day the jobs were queued. */
export function WaitPanel({ data, zone }: { data: HistoryData; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const waits = data.figures?.waits;
  if (!waits) return null;
  const unit = data.counts !== null ? 'day' : 'hour';
  const rows = waits.map((w) => ({
    label: bucketLabel(w.startMs, unit, zone, lang),
    tick: bucketTick(w.startMs, unit, zone, lang),
    median: w.medianMs,
    p95: w.p95Ms,
    n: w.n,
  }));
  // Drawn in minutes, so the axis steps are round ones (5, 10, 15 min), not round milliseconds.
  const points = rows.map((r) => ({ label: r.label, median: minutes(r.median), p95: minutes(r.p95) }));
  const worst = rows.reduce((a, b) => ((b.p95 ?? -1) > (a.p95 ?? -1) ? b : a), rows[0]!);
  const name = t(`overview.history.wait.${unit}`);
  const dur = (ms: number | null) => (ms === null ? '—' : humanDuration(ms, lang));
  return (
    <ChartFigure
      title={t('overview.history.wait.title')}
      note={t('overview.history.wait.note', { zone: t(`overview.history.zone.${zone}`) })}
      summary={
        worst?.p95 !== null && worst
          ? t('overview.history.wait.summary', { name, at: worst.label, p95: dur(worst.p95), median: dur(worst.median) })
          : t('overview.history.wait.none')
      }
      chart={
        <LineChart
          h={220}
          data={points}
          dataKey="label"
          connectNulls
          series={[
            { name: 'median', label: t('overview.history.wait.median'), color: 'teal.6' },
            { name: 'p95', label: t('overview.history.wait.p95'), color: 'orange.6' },
          ]}
          withLegend
          valueFormatter={(v) => humanDuration(v * MINUTE, lang)}
          xAxisProps={{ tickFormatter: tickByLabel(rows) }}
          yAxisProps={{ tickFormatter: (v: number) => compactDuration(v * MINUTE, lang), width: 56 }}
          tooltipAnimationDuration={150}
        />
      }
      table={
        <FigureTable
          label={name}
          columns={[
            t(`overview.history.wait.${unit}Column`),
            t('overview.history.wait.median'),
            t('overview.history.wait.p95'),
            t('overview.history.wait.jobs'),
          ]}
          maxHeight={360}
          rows={rows.map((r) => ({ key: r.label, head: r.label, cells: [dur(r.median), dur(r.p95), formatCount(r.n, lang)] }))}
        />
      }
    />
  );
}
