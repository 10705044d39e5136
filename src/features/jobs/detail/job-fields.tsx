import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LenientJobListItem, LenientJobView } from '../../../../contract/lenient.ts';
import { queueWaitMs } from '../components/job-columns.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { absoluteTime, humanDuration, parseHms, parseTime, type Zone } from '../lib/format.ts';

const DISPOSITION_COLOR: Record<string, string> = { Success: 'teal', Warning: 'yellow', Error: 'red', Cancelled: 'orange', None: 'gray' };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** Every field of the job, and what the list row adds. */
export function JobFields({ job, row, zone }: { job: LenientJobView; row: LenientJobListItem | undefined; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const created = parseTime(job.createDateTime);
  const wait = row ? queueWaitMs(row) : null;
  const run = parseHms(row?.executionTime ?? null);
  const none = <Text c="dimmed">—</Text>;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
      <Field label={t('detail.status')}>
        <Group gap="xs">
          <StatusBadge status={job.status} />
          {job.disposition && job.disposition !== 'None' && (
            <Badge color={DISPOSITION_COLOR[job.disposition] ?? 'gray'} variant="outline" tt="none">
              {t(`disposition.${job.disposition}`, { defaultValue: job.disposition })}
            </Badge>
          )}
        </Group>
      </Field>
      <Field label={t('detail.workflow')}>
        {row?.workflowName ? (
          <Text
            component={Link}
            to={`/workflows/${encodeURIComponent(job.appId ?? row.workflowId ?? '')}/jobs`}
            c="blue"
            aria-label={t('detail.workflowJobs', { name: row.workflowName })}
          >
            {row.workflowName}
          </Text>
        ) : (
          <Text ff="monospace" size="sm">
            {job.appId ?? '—'}
          </Text>
        )}
      </Field>
      <Field label={t('detail.submittedBy')}>{row?.submittedBy || none}</Field>
      <Field label={t('detail.priority')}>{job.priority ? t(`priority.${job.priority}`, { defaultValue: job.priority }) : none}</Field>
      <Field label={t('detail.created')}>{created === null ? none : absoluteTime(created, zone, i18n.language)}</Field>
      <Field label={t('detail.engine')}>{job.runWithE2 === null ? none : job.runWithE2 ? t('detail.e2') : t('detail.classic')}</Field>
      <Field label={t('detail.workerTag')}>{job.workerTag || <Text c="dimmed">{t('detail.anyWorker')}</Text>}</Field>
      <Field label={t('detail.queueWait')}>{wait === null ? none : humanDuration(wait, i18n.language)}</Field>
      <Field label={t('detail.runTime')}>{run === null ? none : humanDuration(run, i18n.language)}</Field>
    </SimpleGrid>
  );
}
