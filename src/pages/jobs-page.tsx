import { Group, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { LazyJobPane } from '../features/jobs/detail/lazy-job-pane.tsx';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.ts';
import { jobListQueries } from '../features/jobs/api/job-list-queries.ts';
import { JobsBulk } from '../features/jobs/bulk/jobs-bulk.tsx';
import { useRowSelection } from '../features/jobs/state/use-row-selection.ts';
import { clearFilters, filterCount, filterScope, hasFilters } from '../features/jobs/state/view.ts';
import { useJobsView } from '../features/jobs/state/use-jobs-view.ts';
import fetchingBar from '../features/jobs/components/fetching-bar.module.css';
import { FilterChips } from '../features/jobs/components/filter-chips.tsx';
import { FiltersBar } from '../features/jobs/components/filters-bar.tsx';
import { FiltersPanel } from '../features/jobs/components/filters-panel.tsx';
import { JobsPagination } from '../features/jobs/components/jobs-pagination.tsx';
import type { JobRow } from '../features/jobs/components/job-columns.tsx';
import { JobsTable } from '../features/jobs/components/jobs-table.tsx';
import { ListWithPane } from '../features/jobs/components/list-with-pane.tsx';
import { LiveBar } from '../features/jobs/components/live-bar.tsx';
import { loadVirtualJobRows, VIRTUAL_FROM } from '../features/jobs/components/virtual-rows-loader.ts';
import { NotCurator } from '../features/jobs/components/not-curator.tsx';
import { SortControl } from '../features/jobs/components/sort-control.tsx';
import { EmptyState, ErrorPanel, TableSkeleton } from '../components/table-states.tsx';
import { errorText } from '../lib/error-text.ts';

/** The list, and beside it (or instead of it, on a phone) the job opened from it. */
export function JobsPage() {
  const session = useSession();
  const { jobId } = useParams();
  const list = session?.role === 'curator' ? <AllJobs /> : <NotCurator />;
  return <ListWithPane list={list} pane={jobId ? <LazyJobPane key={jobId} jobId={jobId} /> : null} />;
}

function AllJobs() {
  const { t } = useTranslation();
  const [view, setView] = useJobsView();
  const query = useQuery(jobListQueries.list(view, true));
  const { data, error, isFetching, isPending, refetch, dataUpdatedAt } = query;
  const total = data?.pagination.totalItems ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / view.pageSize));
  // A selection lasts across pages and sorts, not across filters: new filters, new set of jobs.
  const selection = useRowSelection<JobRow>(filterScope(view));

  // A big page draws through the virtualizer: its code comes beside the data, not after it.
  useEffect(() => {
    if (view.pageSize > VIRTUAL_FROM) void loadVirtualJobRows();
  }, [view.pageSize]);

  // A link to a page that no longer exists (the list shrank) shows the last one instead.
  useEffect(() => {
    if (data && !query.isPlaceholderData && view.page > lastPage) setView({ page: lastPage }, { replace: true });
  }, [data, query.isPlaceholderData, view.page, lastPage, setView]);

  const onSort = (sort: typeof view.sort, dir: typeof view.dir) => setView({ sort, dir });
  // Data first: a failed refresh keeps a good table on screen and says so quietly.
  const body = data ? (
    data.data.length > 0 ? (
      <JobsTable rows={data.data} view={view} fetchedAt={dataUpdatedAt} onSort={onSort} selection={selection} />
    ) : (
      <EmptyState filtered={hasFilters(view)} onClear={() => setView(clearFilters)} />
    )
  ) : error ? (
    <ErrorPanel message={errorText(error, t)} onRetry={() => void refetch()} />
  ) : (
    <TableSkeleton />
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1} size="h2">
          {t('jobs.title')}
        </Title>
        <LiveBar view={view} onChange={setView} query={query} rows={data?.data.length ?? 0} />
      </Group>
      <FiltersPanel count={filterCount(view)}>
        <Group align="flex-end" wrap="wrap" gap="sm">
          <FiltersBar view={view} onChange={setView} />
          <SortControl view={view} onSort={onSort} />
        </Group>
      </FiltersPanel>
      <FilterChips view={view} onChange={setView} />
      {data && <JobsBulk selection={selection} view={view} isCurator />}
      <Paper withBorder radius="md" pos="relative" style={{ overflow: 'hidden' }}>
        {isFetching && !isPending && <div className={fetchingBar.bar} aria-hidden />}
        {body}
      </Paper>
      {data && total > 0 && (
        <JobsPagination
          page={view.page}
          pageSize={view.pageSize}
          total={total}
          onPage={(page) => setView({ page })}
          onPageSize={(pageSize) => setView({ pageSize })}
        />
      )}
    </Stack>
  );
}
