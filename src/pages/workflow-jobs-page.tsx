import { ActionIcon, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { RESULT_CODES, WORKFLOW_JOB_STATUSES, WORKFLOW_SORT_FIELDS } from '../../contract/job-words.ts';
import { jobListQueries } from '../features/jobs/api/job-list-queries.ts';
import { LazyJobPane } from '../features/jobs/detail/lazy-job-pane.tsx';
import { ListWithPane } from '../features/jobs/components/list-with-pane.tsx';
import { EmptyState, ErrorPanel, TableSkeleton } from '../components/table-states.tsx';
import { WorkflowJobsTable } from '../features/jobs/components/workflow-jobs-table.tsx';

const PAGE = 50;

/** One workflow's jobs, with its own sort, filters and paging in the URL; rows open the pane. */
export function WorkflowJobsPage() {
  const { t } = useTranslation();
  const { workflowId = '', jobId } = useParams();
  const [params, setParams] = useSearchParams();
  const sortField = (WORKFLOW_SORT_FIELDS as readonly string[]).includes(params.get('sort') ?? '') ? params.get('sort')! : 'CreateDate';
  const direction = params.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const status = params.get('status');
  const resultCode = params.get('result');
  const jobs = useQuery(
    jobListQueries.workflowJobs(workflowId, { sortField, direction, status, resultCode, offset: (page - 1) * PAGE, limit: PAGE }),
  );
  const workflows = useQuery(jobListQueries.workflows());
  const name = workflows.data?.find((w) => w.id === workflowId)?.name ?? workflowId;
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
      return next;
    });
  const search = params.toString() ? `?${params.toString()}` : '';

  const list = (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('workflowJobs.title', { name })}
      </Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('workflowJobs.status')}
          placeholder={t('filters.any')}
          clearable
          value={status}
          onChange={(v) => set('status', v)}
          data={WORKFLOW_JOB_STATUSES.map((s) => ({ value: s, label: t(`workflowJobs.statusChoice.${s}`) }))}
          w={160}
        />
        <Select
          label={t('workflowJobs.result')}
          placeholder={t('filters.any')}
          clearable
          value={resultCode}
          onChange={(v) => set('result', v)}
          data={RESULT_CODES.map((s) => ({ value: s, label: t(`disposition.${s}`) }))}
          w={160}
        />
        <Select
          label={t('sort.label')}
          value={sortField}
          onChange={(v) => set('sort', v)}
          allowDeselect={false}
          data={WORKFLOW_SORT_FIELDS.map((s) => ({ value: s, label: t(`workflowJobs.sort.${s}`) }))}
          w={150}
        />
        <Select
          label={t('workflowJobs.direction')}
          value={direction}
          onChange={(v) => set('dir', v === 'desc' ? null : v)}
          allowDeselect={false}
          data={[
            { value: 'desc', label: t('workflowJobs.desc') },
            { value: 'asc', label: t('workflowJobs.asc') },
          ]}
          w={150}
        />
      </Group>
      {jobs.data ? (
        jobs.data.length === 0 ? (
          <EmptyState filtered={Boolean(status || resultCode)} onClear={() => setParams({})} />
        ) : (
          <WorkflowJobsTable
            jobs={jobs.data}
            name={name}
            linkTo={(id) => `/workflows/${encodeURIComponent(workflowId)}/jobs/${encodeURIComponent(id)}${search}`}
          />
        )
      ) : jobs.error ? (
        <ErrorPanel message={jobs.error.message} onRetry={() => void jobs.refetch()} />
      ) : (
        <TableSkeleton />
      )}
      <Group gap="xs" justify="flex-end">
        <Text size="sm">{t('workflowJobs.page', { page })}</Text>
        <ActionIcon variant="default" aria-label={t('paging.previous')} disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon
          variant="default"
          aria-label={t('paging.next')}
          disabled={(jobs.data?.length ?? 0) < PAGE}
          onClick={() => set('page', String(page + 1))}
        >
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Stack>
  );
  const pane = jobId ? (
    <LazyJobPane key={jobId} jobId={jobId} closeTo={`/workflows/${encodeURIComponent(workflowId)}/jobs${search}`} />
  ) : null;
  return <ListWithPane list={list} pane={pane} />;
}
