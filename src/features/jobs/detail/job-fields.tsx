import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LenientJobListItem, LenientJobView } from '../../../../contract/lenient.ts';
import { useNow } from '../../../lib/clock.ts';
import { isActive } from '../../../../contract/job-words.ts';
import { AsSent } from '../components/job-cells.tsx';
import { ResultBadge } from '../components/result-badge.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { absoluteTime, humanDuration, parseTime, type Zone } from '../lib/format.ts';
import { completedMs, queueWaitMs, runTimeAsSent, runTimeMs } from '../lib/job-times.ts';
import { priorityLabel } from '../lib/priority.ts';

/** A labelled value: a group named by its label, so it can be found by it. */
function Field({ label, children }: { label: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Stack gap={2} role="group" aria-labelledby={id}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" id={id}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

interface Props {
  job: LenientJobView;
  /** The job's list item, when known, and when it was fetched. */
  item: LenientJobListItem | undefined;
  fetchedAt: number;
  /** The workflow's name from the workflows list, for when the list item is not known. */
  workflowName: string | null;
  zone: Zone;
}

/** Every field of the job: the JobView's, and what its list item adds (who, when, how long). */
export function JobFields({ job, item, fetchedAt, workflowName, zone }: Props) {
  const { t, i18n } = useTranslation();
  const live = isActive(job.status);
  const nowMs = useNow(live ? 1000 : 3_600_000);
  // The JobView's status is the fresher; the item's times go with it.
  const row = item ? { ...item, status: job.status } : undefined;
  const none = <Text c="dimmed">—</Text>;
  const time = (ms: number | null) =>
    ms === null ? none : <time dateTime={new Date(ms).toISOString()}>{absoluteTime(ms, zone, i18n.language)}</time>;
  const span = (ms: number | null) => (ms === null ? none : humanDuration(ms, i18n.language));
  const name = item?.workflowName || workflowName;
  const workflowId = job.appId ?? item?.workflowId ?? null;
  const queued = parseTime(item?.queueTime) ?? parseTime(job.createDateTime);
  const started = parseTime(item?.startTime);
  const runAsSent = row && row.status !== 'Running' ? runTimeAsSent(row) : null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
      <Field label={t('detail.status')}>
        <Group gap="xs">
          <StatusBadge status={job.status} />
          {job.disposition && job.disposition !== 'None' && <ResultBadge result={job.disposition} />}
        </Group>
      </Field>
      <Field label={t('detail.workflow')}>
        {name && workflowId ? (
          <Text
            component={Link}
            to={`/workflows/${encodeURIComponent(workflowId)}/jobs`}
            c="blue"
            aria-label={t('detail.workflowJobs', { name })}
          >
            {name}
          </Text>
        ) : (
          <Text ff="monospace" size="sm">
            {workflowId ?? '—'}
          </Text>
        )}
      </Field>
      <Field label={t('detail.submittedBy')}>{item?.submittedBy || none}</Field>
      <Field label={t('detail.priority')}>{job.priority ? priorityLabel(t, job.priority) : none}</Field>
      <Field label={t('detail.workerTag')}>{job.workerTag || <Text c="dimmed">{t('detail.anyWorker')}</Text>}</Field>
      <Field label={t('detail.engine')}>{job.runWithE2 === null ? none : job.runWithE2 ? t('detail.e2') : t('detail.classic')}</Field>
      <Field label={t('detail.queued')}>{time(queued)}</Field>
      <Field label={t('detail.started')}>{time(started)}</Field>
      <Field label={t('detail.completed')}>{time(row ? completedMs(row) : null)}</Field>
      <Field label={t('detail.queueWait')}>{span(row ? queueWaitMs(row, nowMs) : null)}</Field>
      <Field label={t('detail.runTime')}>
        {runAsSent === null ? span(row ? runTimeMs(row, nowMs, fetchedAt) : null) : <AsSent text={runAsSent} />}
      </Field>
    </SimpleGrid>
  );
}
