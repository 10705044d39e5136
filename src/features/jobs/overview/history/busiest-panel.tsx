import { Anchor, Group, SegmentedControl, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jobListQueries } from '../../api/job-list-queries.ts';
import type { BusiestRow } from '../../history/history-stats.ts';
import { formatCount, formatShare, humanDuration } from '../../lib/format.ts';
import { userName } from '../../lib/user-name.ts';
import { FigureTable } from './figure-table.tsx';
import { completedJobsLink } from './history-links.ts';
import type { HistoryData } from './use-history-data.ts';

type Measure = 'runs' | 'runMs';

/** The busiest workflows and users of the window, by runs or by run time, each with its share. */
export function BusiestPanel({ data }: { data: HistoryData }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<Measure>('runs');
  const users = useQuery(jobListQueries.users()).data;
  // submittedBy is a name; the jobs table filters users by id.
  const idOf = useMemo(() => new Map(users?.map((u) => [userName(u), u.id])), [users]);
  const f = data.figures;
  if (!f) return null;
  const days = { completedFrom: data.span.fromDay, completedTo: data.span.toDay };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('overview.history.busiest.title')}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('overview.history.busiest.orderBy')}
          value={by}
          onChange={(v) => setBy(v as Measure)}
          data={[
            { value: 'runs', label: t('overview.history.busiest.byRuns') },
            { value: 'runMs', label: t('overview.history.busiest.byRunTime') },
          ]}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <BusiestTable
          label={t('overview.history.busiest.workflowsTable')}
          column={t('overview.history.busiest.workflow')}
          rows={f.workflows[by]}
          link={(r) => completedJobsLink({ ...days, workflows: [r.name] })}
        />
        <BusiestTable
          label={t('overview.history.busiest.usersTable')}
          column={t('overview.history.busiest.user')}
          rows={f.users[by]}
          link={(r) => {
            const id = idOf.get(r.name);
            return id ? completedJobsLink({ ...days, users: [id] }) : null;
          }}
        />
      </SimpleGrid>
    </Stack>
  );
}

interface TableProps {
  label: string;
  column: string;
  rows: BusiestRow[];
  link: (r: BusiestRow) => string | null;
}

function BusiestTable({ label, column, rows, link }: TableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <FigureTable
      label={label}
      minWidth={420}
      columns={[
        column,
        t('overview.history.busiest.runs'),
        t('overview.history.busiest.share'),
        t('overview.history.busiest.runTime'),
        t('overview.history.busiest.share'),
      ]}
      rows={rows.map((r) => {
        const to = link(r);
        const runs = formatCount(r.runs, lang);
        return {
          key: r.key,
          head: r.name || '—',
          cells: [
            to ? (
              <Anchor component={Link} to={to} size="sm" aria-label={t('overview.history.busiest.open', { n: runs, name: r.name })}>
                {runs}
              </Anchor>
            ) : (
              runs
            ),
            formatShare(r.runShare, lang),
            humanDuration(r.runMs, lang),
            formatShare(r.runMsShare, lang),
          ],
        };
      })}
    />
  );
}
