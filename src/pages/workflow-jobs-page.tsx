import { ActionIcon, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { RESULT_CODES, WORKFLOW_JOB_STATUSES, WORKFLOW_SORT_FIELDS } from '../../contract/job-words.ts';
import { EmptyState, ErrorPanel, TableSkeleton } from '../components/table-states.tsx';
import { jobListQueries } from '../features/jobs/api/job-list-queries.ts';
import fetchingBar from '../features/jobs/components/fetching-bar.module.css';
import { ListWithPane } from '../features/jobs/components/list-with-pane.tsx';
import { LiveBar } from '../features/jobs/components/live-bar.tsx';
import { WorkflowJobsTable } from '../features/jobs/components/workflow-jobs-table.tsx';
import { LazyJobPane } from '../features/jobs/detail/lazy-job-pane.tsx';
import { useUrlView } from '../features/jobs/state/use-url-view.ts';
import { workflowViewCodec } from '../features/jobs/state/workflow-view.ts';
import { errorText } from '../lib/error-text.ts';

const PAGE = 50;

/** One workflow's jobs, with its own sort, filters and paging in the URL; rows open the pane. */
export function WorkflowJobsPage() {
  const { t } = useTranslation();
  const { workflowId = '', jobId } = useParams();
  const { search } = useLocation();
  const [view, setView] = useUrlView(workflowViewCodec);
  const params = { sortField: view.sort, direction: view.dir, status: view.status, resultCode: view.result };
  const jobs = useQuery(jobListQueries.workflowJobs(workflowId, { ...params, offset: (view.page - 1) * PAGE, limit: PAGE }, view.refresh));
  const workflows = useQuery(jobListQueries.workflows());
  const name = workflows.data?.find((w) => w.id === workflowId)?.name ?? workflowId;
  const base = `/workflows/${encodeURIComponent(workflowId)}/jobs`;
  const { data, error, isFetching, isPending, refetch } = jobs;

  // Data first: a failed refresh keeps a good table on screen and says so quietly.
  const body = data ? (
    data.length === 0 ? (
      <EmptyState filtered={Boolean(view.status || view.result)} onClear={() => setView({ status: null, result: null })} />
    ) : (
      <WorkflowJobsTable jobs={data} name={name} zone={view.tz} linkTo={(id) => `${base}/${encodeURIComponent(id)}${search}`} />
    )
  ) : error ? (
    <ErrorPanel message={errorText(error, t)} onRetry={() => void refetch()} />
  ) : (
    <TableSkeleton />
  );

  const list = (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          {t('workflowJobs.title', { name })}
        </Title>
        <LiveBar view={view} onChange={setView} query={jobs} rows={data?.length ?? 0} />
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('workflowJobs.status')}
          placeholder={t('filters.any')}
          clearable
          value={view.status}
          onChange={(v) => setView({ status: v as typeof view.status })}
          data={WORKFLOW_JOB_STATUSES.map((s) => ({ value: s, label: t(`workflowJobs.statusChoice.${s}`) }))}
          w={160}
        />
        <Select
          label={t('workflowJobs.result')}
          placeholder={t('filters.any')}
          clearable
          value={view.result}
          onChange={(v) => setView({ result: v as typeof view.result })}
          data={RESULT_CODES.map((s) => ({ value: s, label: t(`disposition.${s}`) }))}
          w={160}
        />
        <Select
          label={t('sort.label')}
          value={view.sort}
          onChange={(v) => v && setView({ sort: v as typeof view.sort })}
          allowDeselect={false}
          data={WORKFLOW_SORT_FIELDS.map((s) => ({ value: s, label: t(`workflowJobs.sort.${s}`) }))}
          w={160}
        />
        <Select
          label={t('workflowJobs.direction')}
          value={view.dir}
          onChange={(v) => v && setView({ dir: v as typeof view.dir })}
          allowDeselect={false}
          data={[
            { value: 'desc', label: t('workflowJobs.desc') },
            { value: 'asc', label: t('workflowJobs.asc') },
          ]}
          // Wide enough for the longest order's name in either language.
          w={190}
        />
      </Group>
      <Paper withBorder radius="md" pos="relative" style={{ overflow: 'hidden' }}>
        {isFetching && !isPending && <div className={fetchingBar.bar} aria-hidden />}
        {body}
      </Paper>
      <Group gap="xs" justify="flex-end">
        <Text size="sm">{t('workflowJobs.page', { page: view.page })}</Text>
        <ActionIcon
          variant="default"
          aria-label={t('paging.previous')}
          disabled={view.page <= 1}
          onClick={() => setView({ page: view.page - 1 })}
        >
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <ActionIcon
          variant="default"
          aria-label={t('paging.next')}
          disabled={(data?.length ?? 0) < PAGE}
          onClick={() => setView({ page: view.page + 1 })}
        >
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Stack>
  );
  const pane = jobId ? <LazyJobPane key={jobId} jobId={jobId} closeTo={`${base}${search}`} /> : null;
  return <ListWithPane list={list} pane={pane} />;
}
