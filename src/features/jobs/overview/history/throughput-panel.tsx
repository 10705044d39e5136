import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount, type Zone } from '../../lib/format.ts';
import { bucketLabel, bucketTick, dayLabel, tickByLabel } from './bucket-labels.ts';
import { ChartFigure } from './chart-figure.tsx';
import { FigureTable } from './figure-table.tsx';
import { dayLink } from './history-links.ts';
import type { HistoryData } from './use-history-data.ts';

interface Bar {
  label: string;
  tick: string;
  count: number;
  /** A UTC day, for the link to exactly its jobs. */
  day: string | null;
}

/** Jobs completed per hour (24h, from the sample) or per UTC day (exact counts). */
export function ThroughputPanel({ data, zone }: { data: HistoryData; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const daily = data.counts !== null;
  const bars: Bar[] | null = daily
    ? (data.counts?.data?.map((c) => {
        const at = Date.parse(`${c.day}T00:00:00Z`);
        return { label: dayLabel(c.day, lang), tick: bucketTick(at, 'day', 'utc', lang), count: c.count, day: c.day };
      }) ?? null)
    : (data.figures?.hourly?.map((b) => ({
        label: bucketLabel(b.startMs, 'hour', zone, lang),
        tick: bucketTick(b.startMs, 'hour', zone, lang),
        count: b.count,
        day: null,
      })) ?? null);
  const unit = daily ? 'day' : 'hour';
  const name = t(`overview.history.throughput.${unit}`);
  // The figure stays while the counts load, so a table shown stays shown.
  if (!bars)
    return (
      <ChartFigure
        title={t('overview.history.throughput.title')}
        summary={name}
        chart={<Skeleton h={220} />}
        table={<Skeleton h={220} />}
      />
    );
  const total = bars.reduce((a, b) => a + b.count, 0);
  const top = bars.reduce((a, b) => (b.count > a.count ? b : a), bars[0]!);
  return (
    <ChartFigure
      title={t('overview.history.throughput.title')}
      note={t(`overview.history.throughput.note_${unit}`, { zone: t(`overview.history.zone.${zone}`) })}
      summary={t('overview.history.throughput.summary', {
        name,
        total: formatCount(total, lang),
        top: top?.label ?? '',
        n: formatCount(top?.count ?? 0, lang),
      })}
      chart={
        <BarChart
          h={220}
          data={bars}
          dataKey="label"
          series={[{ name: 'count', label: t('overview.history.throughput.completed'), color: 'blue.6' }]}
          tickLine="y"
          xAxisProps={{ tickFormatter: tickByLabel(bars) }}
          valueFormatter={(v) => formatCount(v, lang)}
          tooltipAnimationDuration={150}
        />
      }
      table={
        <FigureTable
          label={name}
          columns={[t(`overview.history.throughput.${unit}Column`), t('overview.history.throughput.completed')]}
          maxHeight={360}
          rows={bars.map((b) => ({
            key: b.label,
            head: b.day ? <time dateTime={b.day}>{b.label}</time> : b.label,
            cells: [
              b.day ? (
                <Anchor component={Link} to={dayLink(b.day)} size="sm">
                  {formatCount(b.count, lang)}
                </Anchor>
              ) : (
                formatCount(b.count, lang)
              ),
            ],
          }))}
        />
      }
    />
  );
}
