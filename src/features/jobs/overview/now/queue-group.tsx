import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lastTick, stepFor, useNow } from '../../../../lib/clock.ts';
import { formatCount, humanDuration, parseTime, type Zone } from '../../lib/format.ts';
import { priorityLabel } from '../../lib/priority.ts';
import { medianOf, type Medians, type QueueGroup } from './queue-plan.ts';
import { StartEstimate } from './start-estimate.tsx';

/** Rows drawn at first: a long queue's tail is there on request, not in every refresh's work. */
const FIRST_ROWS = 25;

interface Props {
  group: QueueGroup;
  medians: Medians;
  nowMs: number;
  zone: Zone;
}

/** One queue: the jobs the same workers can take, in the order they will take them. */
export function QueueGroupTable({ group, medians, nowMs, zone }: Props) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const name =
    group.tag === ''
      ? t('overview.now.group.any')
      : group.tag === null
        ? t('overview.now.group.unknown')
        : t('overview.now.group.tag', { tag: group.tag });
  const shown = all ? group.jobs : group.jobs.slice(0, FIRST_ROWS);
  return (
    <Stack gap={4}>
      <Title order={4} size="h5">
        {name}{' '}
        <Text span c="dimmed" size="sm">
          ({t('overview.now.jobsCount', { count: group.jobs.length, n: formatCount(group.jobs.length, i18n.language) })})
        </Text>
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} aria-label={t('overview.now.queueTable', { name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('overview.now.col.position')}</Table.Th>
              <Table.Th>{t('jobs.col.workflow')}</Table.Th>
              <Table.Th>{t('overview.now.col.estimatedStart')}</Table.Th>
              <Table.Th>{t('overview.now.col.waiting')}</Table.Th>
              <Table.Th>{t('jobs.col.priority')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((planned) => (
              <Table.Tr key={planned.job.jobId}>
                <Table.Td>{formatCount(planned.position, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/jobs/${encodeURIComponent(planned.job.jobId)}?status=Queued`}
                    size="sm"
                    aria-label={t('overview.now.jobLink', { workflow: planned.job.workflowName, id: planned.job.jobId })}
                  >
                    {planned.job.workflowName || planned.job.jobId}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {group.pool ? (
                    <StartEstimate
                      planned={planned}
                      pool={group.pool}
                      tag={group.tag ?? ''}
                      medianMs={medianOf(medians, planned.job.workflowName)}
                      overallMs={medians.overall}
                      nowMs={nowMs}
                      zone={zone}
                    />
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('overview.now.noEstimate')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Waited queueTime={planned.job.queueTime} />
                </Table.Td>
                <Table.Td>{planned.job.priority ? priorityLabel(t, planned.job.priority) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {group.jobs.length > FIRST_ROWS && (
        <Button variant="subtle" size="compact-sm" onClick={() => setAll((a) => !a)} style={{ alignSelf: 'flex-start' }}>
          {all ? t('overview.now.showFewer') : t('overview.now.showAll', { n: formatCount(group.jobs.length, i18n.language) })}
        </Button>
      )}
    </Stack>
  );
}

/** The wait so far, following the clock at the step its length needs. */
function Waited({ queueTime }: { queueTime: string | null }) {
  const { i18n } = useTranslation();
  const since = parseTime(queueTime);
  const nowMs = useNow(since === null ? 3_600_000 : stepFor(lastTick() - since));
  return <span style={{ whiteSpace: 'nowrap' }}>{since === null ? '—' : humanDuration(Math.max(0, nowMs - since), i18n.language)}</span>;
}
