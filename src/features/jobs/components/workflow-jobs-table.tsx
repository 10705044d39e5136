import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LenientWorkflowJob } from '../../../../contract/lenient.ts';
import { CancelJobButton } from '../cancel/cancel-job-button.tsx';
import { useResolveRefs } from '../facts/use-job-facts.ts';
import { parseTime, type Zone } from '../lib/format.ts';
import { ResultCell } from './job-cells.tsx';
import { StatusBadge } from './status-badge.tsx';
import { TimeCell } from './time-cell.tsx';
import { priorityLabel } from '../lib/priority.ts';

const COLUMNS = ['jobId', 'created', 'status', 'result', 'priority', 'workerTag', 'engine'] as const;

interface Props {
  jobs: LenientWorkflowJob[];
  name: string;
  zone: Zone;
  linkTo: (jobId: string) => string;
}

/** A workflow's jobs: what GET /v3/workflows/{id}/jobs tells about each, and each one's result. */
export function WorkflowJobsTable({ jobs, name, zone, linkTo }: Props) {
  const { t } = useTranslation();
  // Some servers say the result here already: then it is not asked for.
  const refs = useMemo(() => jobs.map((j) => ({ jobId: j.id, status: j.status, queuedAt: j.createDate, result: j.disposition })), [jobs]);
  useResolveRefs(refs);
  return (
    <Table.ScrollContainer minWidth={760}>
      {/* One size for every cell, as in the jobs table. */}
      <Table aria-label={t('workflowJobs.tableName', { name })} highlightOnHover fz="sm">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th key={c}>{t(`workflowJobs.col.${c}`)}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>{t('jobs.col.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => {
            return (
              <Table.Tr key={j.id}>
                <Table.Td>
                  <Anchor component={Link} to={linkTo(j.id)} ff="monospace" size="sm">
                    {j.id}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <TimeCell ms={parseTime(j.createDate)} zone={zone} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={j.status} />
                </Table.Td>
                <Table.Td>
                  <ResultCell job={{ jobId: j.id, status: j.status }} />
                </Table.Td>
                <Table.Td>{j.priority ? priorityLabel(t, j.priority) : '—'}</Table.Td>
                <Table.Td>
                  {j.workerTag || (
                    <Text c="dimmed" span inherit>
                      {t('detail.anyWorker')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{j.runWithE2 === null ? '—' : j.runWithE2 ? t('detail.e2') : t('detail.classic')}</Table.Td>
                <Table.Td>
                  <CancelJobButton job={{ jobId: j.id, status: j.status, workflowName: name, queueTime: j.createDate }} compact />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
