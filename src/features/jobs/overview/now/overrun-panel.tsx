import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel, TableSkeleton } from '../../../../components/table-states.tsx';
import { useNow } from '../../../../lib/clock.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { jobListQueries } from '../../api/job-list-queries.ts';
import { CancelJobButton } from '../../cancel/cancel-job-button.tsx';
import { overrunLimitText, overrunOf, useOverrunThreshold } from '../../components/overrun-badge.tsx';
import { MIN_RUNS } from '../../history/overrun.ts';
import { formatCount, formatDay, humanDuration, type Zone } from '../../lib/format.ts';
import { runTimeMs } from '../../lib/job-times.ts';
import { userName } from '../../lib/user-name.ts';
import { useRunBaselines } from '../../history/run-baselines.ts';
import { nowQueries } from './now-queries.ts';
import { NowPanel } from './now-panel.tsx';
import { SettingInput } from './setting-input.tsx';
import { UpdatedNote } from './updated-note.tsx';

interface Props {
  refresh: number;
  zone: Zone;
  /** The untagged queue's length: the jobs that could take a freed slot; null while not known. */
  waiting: number | null;
}

/** Running jobs that have run too long, what they are past, who waits behind them, and a way to stop them. */
export function OverrunPanel({ refresh, zone, waiting }: Props) {
  const { t, i18n } = useTranslation();
  const running = useQuery(nowQueries.jobs('Running', refresh));
  const users = useQuery(jobListQueries.users());
  const { baselines, jobs, fromDay } = useRunBaselines();
  const [minutes, setMinutes] = useOverrunThreshold();
  const nowMs = useNow(10_000);
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, userName(u)])), [users.data]);
  const rule = { baselines, thresholdMs: minutes * 60_000 };
  const rows = (running.data?.data ?? []).flatMap((job) => {
    const elapsed = runTimeMs(job, nowMs, running.dataUpdatedAt);
    const found = overrunOf(rule, job.workflowName, elapsed);
    return found && elapsed !== null ? [{ job, elapsed, found }] : [];
  });
  rows.sort((a, b) => b.found.byMs - a.found.byMs);
  const locale = i18n.language;
  const table = (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={4} aria-label={t('overview.now.overrunTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('jobs.col.workflow')}</Table.Th>
            <Table.Th>{t('overview.now.col.runningFor')}</Table.Th>
            <Table.Th>{t('overview.now.col.over')}</Table.Th>
            <Table.Th>{t('jobs.col.submittedBy')}</Table.Th>
            <Table.Th>{t('jobs.col.actions')}</Table.Th>
            <Table.Th>{t('overview.now.col.waitingBehind')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ job, elapsed, found }) => (
            <Table.Tr key={job.jobId}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/jobs/${encodeURIComponent(job.jobId)}?status=Running`}
                  size="sm"
                  aria-label={t('overview.now.jobLink', { workflow: job.workflowName, id: job.jobId })}
                >
                  {job.workflowName || job.jobId}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{humanDuration(elapsed, locale)}</Table.Td>
              <Table.Td>
                {t('overview.now.overBy', { by: humanDuration(found.byMs, locale), limit: overrunLimitText(found, t, locale) })}
              </Table.Td>
              <Table.Td>{names.get(job.submittedBy) ?? (job.submittedBy || '—')}</Table.Td>
              <Table.Td>
                <CancelJobButton job={job} compact />
              </Table.Td>
              <Table.Td>{waiting === null ? '—' : formatCount(waiting, locale)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
  const body = running.data ? (
    rows.length ? (
      table
    ) : (
      <Text size="sm" c="dimmed">
        {t('overview.now.noOverrun')}
      </Text>
    )
  ) : running.error ? (
    <ErrorPanel title={t('overview.now.runningFailed')} message={errorText(running.error, t)} onRetry={() => void running.refetch()} />
  ) : (
    <TableSkeleton />
  );
  return (
    <NowPanel
      id="overview-overrun"
      title={t('overview.now.overrunTitle')}
      intro={t('overview.now.overrunIntro', { count: MIN_RUNS, n: MIN_RUNS, threshold: formatCount(minutes, locale) })}
    >
      <Text size="xs" c="dimmed">
        {fromDay
          ? t('overview.now.baselinesFrom', { n: formatCount(jobs, locale), from: formatDay(fromDay, locale) })
          : t('overview.now.baselinesReading')}
      </Text>
      <SettingInput
        label={t('overview.now.threshold')}
        description={t('overview.now.thresholdHelp')}
        value={minutes}
        onChange={(v) => v !== null && setMinutes(v)}
        min={1}
        max={100_000}
      />
      {body}
      <UpdatedNote
        updatedAt={running.data ? running.dataUpdatedAt : 0}
        error={running.data ? running.error : null}
        zone={zone}
        onRetry={() => void running.refetch()}
      />
    </NowPanel>
  );
}
