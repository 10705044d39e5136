import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LenientWorkflowJob } from '../../../../contract/lenient.ts';
import { absoluteTime, parseTime } from '../lib/format.ts';
import { StatusBadge } from './status-badge.tsx';

/** A workflow's jobs: what GET /v3/workflows/{id}/jobs tells about each. */
export function WorkflowJobsTable({ jobs, name, linkTo }: { jobs: LenientWorkflowJob[]; name: string; linkTo: (jobId: string) => string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('workflowJobs.tableName', { name })} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {['jobId', 'created', 'status', 'priority', 'workerTag', 'engine'].map((c) => (
              <Table.Th key={c}>{t(`workflowJobs.col.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => {
            const created = parseTime(j.createDate);
            return (
              <Table.Tr key={j.id}>
                <Table.Td>
                  <Anchor component={Link} to={linkTo(j.id)} ff="monospace" size="sm">
                    {j.id}
                  </Anchor>
                </Table.Td>
                <Table.Td>{created === null ? '—' : absoluteTime(created, 'local', i18n.language)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={j.status} />
                </Table.Td>
                <Table.Td>{j.priority ? t(`priority.${j.priority}`, { defaultValue: j.priority }) : '—'}</Table.Td>
                <Table.Td>
                  {j.workerTag || (
                    <Text c="dimmed" span>
                      {t('detail.anyWorker')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{j.runWithE2 === null ? '—' : j.runWithE2 ? t('detail.e2') : t('detail.classic')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
