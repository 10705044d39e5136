import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDay, humanDuration, type Zone } from '../../lib/format.ts';
import type { HeatCell } from '../../history/history-stats.ts';
import { weekdayNames } from './bucket-labels.ts';
import { compactDuration } from './compact-duration.ts';
import classes from './wait-heatmap.module.css';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * The average queue wait by hour of the week, as a table: a day a row, an hour a column, each
 * cell's value in its text and shaded by it, so the pile-ups show and are read alike.
 */
export function WaitHeatmap({ cells, zone, fromDay }: { cells: HeatCell[][]; zone: Zone; fromDay: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const days = weekdayNames(lang);
  const most = Math.max(1, ...cells.flat().map((c) => c.avgMs ?? 0));
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <div>
        <Title order={3} size="h4" id={id}>
          {t('overview.history.heatmap.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('overview.history.heatmap.note', { zone: t(`overview.history.zone.${zone}`), from: fromDay ? formatDay(fromDay, lang) : '' })}
        </Text>
      </div>
      <Table.ScrollContainer minWidth={900}>
        <Table
          aria-label={t('overview.history.heatmap.label', { zone: t(`overview.history.zone.${zone}`) })}
          withTableBorder
          withColumnBorders
          horizontalSpacing={2}
          verticalSpacing={4}
          fz="xs"
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>
                <VisuallyHidden>{t('overview.history.heatmap.day')}</VisuallyHidden>
              </Table.Th>
              {HOURS.map((h) => (
                <Table.Th key={h} ta="center" fw="normal" c="dimmed">
                  {String(h).padStart(2, '0')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((row, d) => (
              <Table.Tr key={days[d]}>
                <Table.Th scope="row">{days[d]}</Table.Th>
                {row.map((c, h) => (
                  <Table.Td
                    key={h}
                    ta="center"
                    title={
                      c.avgMs === null
                        ? undefined
                        : `${humanDuration(c.avgMs, lang)} · ${t('overview.history.heatmap.jobs', { count: c.n, n: formatCount(c.n, lang) })}`
                    }
                    className={c.avgMs === null ? undefined : classes[level(c.avgMs / most)]}
                  >
                    {c.avgMs === null ? '' : compactDuration(c.avgMs, lang)}
                    {c.avgMs !== null && (
                      <VisuallyHidden>{` (${t('overview.history.heatmap.jobs', { count: c.n, n: formatCount(c.n, lang) })})`}</VisuallyHidden>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Five steps from the shortest wait to the longest: steps, not a blend, so each keeps its text readable. */
const level = (share: number) => `l${Math.min(5, Math.max(1, Math.ceil(share * 5)))}` as 'l1' | 'l2' | 'l3' | 'l4' | 'l5';
