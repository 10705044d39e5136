import { Alert, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../../components/table-states.tsx';
import { errorText } from '../../../../lib/error-text.ts';
import { formatCount, formatDay } from '../../lib/format.ts';
import type { JobsView } from '../../state/view.ts';
import { USAGE_TABLES, type UsageTable } from './usage-export.ts';
import { UsageExports } from './usage-exports.tsx';
import { UsageTableView } from './usage-table.tsx';
import { useUsageRead, useUserRef } from './use-usage-read.ts';

interface Props {
  fromDay: string;
  toDay: string;
  /** The range goes on past today: today's jobs are those finished so far. */
  soFar: boolean;
  zone: JobsView['tz'];
}

/** The report of the days from `fromDay` to `toDay`: read, then its tables and files. */
export function UsageReportView({ fromDay, toDay, soFar, zone }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { query, progress, report, cap } = useUsageRead(fromDay, toDay);
  const users = useUserRef();
  const [table, setTable] = useState<UsageTable>('workflows');
  if (query.error && !report) {
    return <ErrorPanel title={t('overview.usage.loadFailed')} message={errorText(query.error, t)} onRetry={() => void query.refetch()} />;
  }
  if (!report || !query.data) {
    const n = (v: number) => formatCount(v, locale);
    const known = progress && progress.total > 0 ? progress : null;
    const label = known ? t('overview.usage.reading', { n: n(known.read), total: n(known.total) }) : t('overview.usage.counting');
    return (
      <Stack gap={4}>
        <Text size="sm" aria-hidden>
          {label}
        </Text>
        {/* Until the days are counted there is no "of how many": the bar moves without a value. */}
        <Progress.Root size="md">
          <Progress.Section
            value={known ? (100 * known.read) / known.total : 100}
            animated={!known}
            striped={!known}
            aria-label={label}
            aria-valuetext={label}
          />
        </Progress.Root>
      </Stack>
    );
  }
  const read = query.data;
  const day = (d: string) => formatDay(d, locale);
  const covered = { n: formatCount(report.total.runs, locale), from: day(report.fromDay), to: day(report.toDay) };
  return (
    <Stack gap="sm">
      <Text size="sm">
        {report.fromDay > report.toDay
          ? t('overview.usage.coversNothing')
          : report.fromDay === report.toDay
            ? t('overview.usage.coversDay', { n: covered.n, day: covered.from })
            : t('overview.usage.covers', covered)}
      </Text>
      {soFar && (
        <Text size="sm" c="dimmed" mt={-8}>
          {t('overview.usage.soFar')}
        </Text>
      )}
      {read.capped && (
        <Alert color="yellow" title={t('overview.usage.cappedTitle')}>
          {t('overview.usage.capped', {
            cap: formatCount(cap, locale),
            total: formatCount(read.total, locale),
            from: day(fromDay),
            coveredFrom: day(read.coveredFromDay),
            to: day(toDay),
          })}
        </Alert>
      )}
      {report.total.untimed > 0 && (
        <Text size="sm" c="dimmed">
          {t('overview.usage.untimed', { n: formatCount(report.total.untimed, locale) })}
        </Text>
      )}
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('overview.usage.tableShown')}
          value={table}
          onChange={(v) => setTable(v as UsageTable)}
          data={USAGE_TABLES.map((v) => ({ value: v, label: t(`overview.usage.by.${v}`) }))}
        />
        <UsageExports report={report} nameOf={users.nameOf} />
      </Group>
      <UsageTableView key={table} report={report} table={table} users={users} zone={zone} />
    </Stack>
  );
}
