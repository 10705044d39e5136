import { ActionIcon, VisuallyHidden } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { CancelJobButton } from '../cancel/cancel-job-button.tsx';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { rowSortingFeature, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { parseTime } from '../lib/format.ts';
import { CompletedCell, QueueWaitCell, ResultCell, RunTimeCell } from './job-cells.tsx';
import cells from './job-cells.module.css';
import { useTableContext } from './table-context.ts';
import { SelectPageCheckbox, SelectRowCheckbox } from './select-cells.tsx';
import { StatusBadge } from './status-badge.tsx';
import { RunningStatus } from './overrun-badge.tsx';
import { TimeCell } from './time-cell.tsx';
import { priorityLabel } from '../lib/priority.ts';

export const tableFeaturesUsed = tableFeatures({ rowSortingFeature });
export type JobRow = LenientJobListItem;

interface Context {
  t: TFunction;
  /** The derived completion time: shown when the view is sorted or filtered by it. */
  withCompleted: boolean;
}

function JobLink({ jobId }: { jobId: string }) {
  // Keeps the current list view when a job is opened.
  const { search } = useTableContext();
  return (
    <Link className={`${cells.link} mantine-focus-auto`} to={`/jobs/${encodeURIComponent(jobId)}${search}`}>
      {jobId}
    </Link>
  );
}

function CopyId({ jobId, t }: { jobId: string; t: TFunction }) {
  const { copied, copy } = useClipboard({ timeout: 1000 });
  return (
    <ActionIcon
      variant="subtle"
      size="sm"
      onClick={() => copy(jobId)}
      aria-label={t('jobs.copyIdOf', { id: jobId })}
      title={copied ? t('jobs.copied') : t('jobs.copyId')}
    >
      {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
    </ActionIcon>
  );
}

function Time({ iso }: { iso: string | null }) {
  const { zone } = useTableContext();
  return <TimeCell ms={parseTime(iso)} zone={zone} />;
}

type Column = ColumnDef<typeof tableFeaturesUsed, JobRow>;

/** Columns; their ids that the API can sort by are the view's sort keys. */
export function jobColumns({ t, withCompleted }: Context): Column[] {
  const columns: (Column | false)[] = [
    {
      id: 'select',
      header: () => <SelectPageCheckbox />,
      enableSorting: false,
      cell: ({ row }) => <SelectRowCheckbox jobId={row.original.jobId} index={row.index} />,
    },
    {
      id: 'jobId',
      header: t('jobs.col.jobId'),
      enableSorting: false,
      cell: ({ row }) => (
        <div className={cells.idCell}>
          <JobLink jobId={row.original.jobId} />
          <CopyId jobId={row.original.jobId} t={t} />
        </div>
      ),
    },
    // Sortable columns need an accessor for the table to offer sorting; the server does the sorting.
    {
      id: 'workflow',
      accessorFn: (r) => r.workflowName,
      header: t('jobs.col.workflow'),
      enableSorting: true,
      sortDescFirst: false,
      cell: ({ row }) => row.original.workflowName || '—',
    },
    {
      id: 'status',
      accessorFn: (r) => r.status,
      header: t('jobs.col.status'),
      enableSorting: true,
      sortDescFirst: false,
      // Only a running row does more than draw its status (overrun-badge.tsx).
      cell: ({ row }) =>
        row.original.status === 'Running' ? <RunningStatus job={row.original} /> : <StatusBadge status={row.original.status} />,
    },
    { id: 'result', header: t('jobs.col.result'), enableSorting: false, cell: ({ row }) => <ResultCell job={row.original} /> },
    {
      id: 'priority',
      accessorFn: (r) => r.priority,
      header: t('jobs.col.priority'),
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => (row.original.priority ? priorityLabel(t, row.original.priority) : '—'),
    },
    { id: 'submittedBy', header: t('jobs.col.submittedBy'), enableSorting: false, cell: ({ row }) => row.original.submittedBy || '—' },
    {
      id: 'queued',
      accessorFn: (r) => r.queueTime,
      header: t('jobs.col.queued'),
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => <Time iso={row.original.queueTime} />,
    },
    {
      id: 'started',
      header: t('jobs.col.started'),
      enableSorting: false,
      cell: ({ row }) => <Time iso={row.original.startTime} />,
    },
    withCompleted && {
      id: 'completed',
      accessorFn: (r) => r.startTime,
      header: t('jobs.col.completed'),
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => <CompletedCell job={row.original} />,
    },
    { id: 'queueWait', header: t('jobs.col.queueWait'), enableSorting: false, cell: ({ row }) => <QueueWaitCell job={row.original} /> },
    { id: 'runTime', header: t('jobs.col.runTime'), enableSorting: false, cell: ({ row }) => <RunTimeCell job={row.original} /> },
    {
      id: 'actions',
      header: () => <VisuallyHidden>{t('jobs.col.actions')}</VisuallyHidden>,
      enableSorting: false,
      cell: ({ row }) => <CancelJobButton job={row.original} compact />,
    },
  ];
  return columns.filter((c) => c !== false);
}
