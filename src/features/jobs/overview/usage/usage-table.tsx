import { Anchor, Button, Group, Progress, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount, formatShare, humanDuration } from '../../lib/format.ts';
import { DEFAULT_VIEW, paramsFromView, type JobsView } from '../../state/view.ts';
import type { UsageTable } from './usage-export.ts';
import type { UsageReport, UsageRow } from './usage-report.ts';
import type { UserRef } from './use-usage-read.ts';

/** Enough to see who and what leads; the rest one click away, the totals always. */
const FIRST_ROWS = 25;

interface Props {
  report: UsageReport;
  table: UsageTable;
  users: UserRef;
  zone: JobsView['tz'];
}

/** The jobs list of exactly the jobs a row counts: completed, in the report's days, and its workflow, user or day. */
function jobsOf(report: UsageReport, table: UsageTable, row: UsageRow | null, users: UserRef, tz: JobsView['tz']): string | null {
  const base: JobsView = { ...DEFAULT_VIEW, statuses: ['Completed'], completedFrom: report.fromDay, completedTo: report.toDay, tz };
  if (!row) return `/jobs?${paramsFromView(base)}`;
  if (table === 'workflows') return `/jobs?${paramsFromView({ ...base, workflows: [row.name] })}`;
  if (table === 'days') return `/jobs?${paramsFromView({ ...base, completedFrom: row.key, completedTo: row.key })}`;
  const id = users.idOf(row.key);
  return id ? `/jobs?${paramsFromView({ ...base, users: [id] })}` : null;
}

/** A day with its weekday, which is what a reader of daily runs looks for ("Mon, Nov 2, 2026"). */
const dayText = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );

export function UsageTableView({ report, table, users, zone }: Props) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const locale = i18n.language;
  const rows = report[table];
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const withShare = table !== 'days';
  // Bars against the largest share, so a table of many small shares still shows who leads.
  const topShare = Math.max(0, ...rows.map((r) => r.share));
  const text = (r: UsageRow) => (table === 'days' ? dayText(r.key, locale) : users.nameOf(table, r.name) || t('overview.usage.unnamed'));
  const runs = (r: UsageRow | null, label: string) => {
    const n = formatCount(r ? r.runs : report.total.runs, locale);
    const to = (r ? r.runs : report.total.runs) > 0 ? jobsOf(report, table, r, users, zone) : null;
    return to ? (
      <Anchor component={Link} to={to} size="sm" aria-label={t(`overview.usage.runsLink.${r ? table : 'total'}`, { n, name: label })}>
        {n}
      </Anchor>
    ) : (
      n
    );
  };
  const cells = (r: UsageRow | null) => {
    const label = r ? text(r) : t('overview.usage.total');
    const runMs = r ? r.runMs : report.total.runMs;
    return (
      <>
        <Table.Td ta="end">{runs(r, label)}</Table.Td>
        <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
          {humanDuration(runMs, locale)}
        </Table.Td>
        {withShare && (
          <Table.Td>
            <Group gap="xs" wrap="nowrap" justify="flex-end">
              {r && <Progress value={topShare > 0 ? (100 * r.share) / topShare : 0} w={60} size="sm" aria-hidden visibleFrom="sm" />}
              <Text size="sm" miw={48} ta="end">
                {formatShare(r ? r.share : report.total.share, locale)}
              </Text>
            </Group>
          </Table.Td>
        )}
      </>
    );
  };
  return (
    <>
      <Table.ScrollContainer minWidth={withShare ? 440 : 320}>
        <Table aria-label={t(`overview.usage.tableName.${table}`)} highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`overview.usage.col.${table}`)}</Table.Th>
              <Table.Th ta="end">{t('overview.usage.col.runs')}</Table.Th>
              <Table.Th ta="end">{t('overview.usage.col.runTime')}</Table.Th>
              {withShare && <Table.Th ta="end">{t('overview.usage.col.share')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {table === 'days' ? <time dateTime={r.key}>{text(r)}</time> : text(r)}
                </Table.Td>
                {cells(r)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{t('overview.usage.total')}</Table.Th>
              {cells(null)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {rows.length > FIRST_ROWS && (
        <Button variant="subtle" size="xs" onClick={() => setAll((a) => !a)}>
          {all
            ? t('overview.usage.showFewer', { n: FIRST_ROWS })
            : t(`overview.usage.showAll.${table}`, { n: formatCount(rows.length, locale) })}
        </Button>
      )}
    </>
  );
}
