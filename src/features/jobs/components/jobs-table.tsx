import { Box, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { FlexRender, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Zone } from '../lib/format.ts';
import { SORT_KEYS, type JobsView, type SortKey } from '../state/view.ts';
import { jobColumns, tableFeaturesUsed, type JobRow } from './job-columns.tsx';
import type { RowSelection } from '../state/use-row-selection.ts';
import { SelectionContext, type SelectionContextValue } from './selection-context.ts';
import { JobRows } from './job-rows.tsx';
import { loadVirtualJobRows, VIRTUAL_FROM } from './virtual-rows-loader.ts';
import { TableContext } from './table-context.ts';
import { OverrunScope } from './overrun-badge.tsx';

const VirtualJobRows = lazy(loadVirtualJobRows);

interface Props {
  rows: JobRow[];
  view: JobsView;
  /** When the rows were fetched. */
  fetchedAt: number;
  onSort: (sort: SortKey, dir: 'asc' | 'desc') => void;
  selection: RowSelection<JobRow>;
}

/**
 * The jobs as a real table, sorted by the server. Rows are keyed by job id so a refresh
 * updates them in place, and only the rows in view are rendered, so 500 scroll smoothly.
 */
export function JobsTable({ rows, view, fetchedAt, onSort, selection }: Props) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const zone: Zone = view.tz;
  const withCompleted = view.sort === 'completed' || Boolean(view.completedFrom || view.completedTo);
  // The language is part of the key: the cells' words change without the jobs changing.
  const columns = useMemo(() => jobColumns({ t, withCompleted }), [t, i18n.language, withCompleted]); // eslint-disable-line react-hooks/exhaustive-deps
  const context = useMemo(() => ({ zone, search, fetchedAt }), [zone, search, fetchedAt]);
  const selected = selection.rows;
  const { toggle, togglePage } = selection;
  const selectionContext = useMemo<SelectionContextValue>(() => {
    const onPage = rows.filter((r) => selected.has(r.jobId)).length;
    return {
      isSelected: (id) => selected.has(id),
      toggle: (index, range) => toggle(rows, index, range),
      page: onPage === 0 ? 'none' : onPage === rows.length ? 'all' : 'some',
      togglePage: () => togglePage(rows),
    };
  }, [rows, selected, toggle, togglePage]);
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === 'desc' }];
  const table = useTable({
    features: tableFeaturesUsed,
    columns,
    data: rows,
    getRowId: (row) => row.jobId,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && (SORT_KEYS as readonly string[]).includes(first.id)) onSort(first.id as SortKey, first.desc ? 'desc' : 'asc');
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  // Up to 100 rows render whole (every row findable, no spacers); bigger pages only what is in view.
  const virtual = tableRows.length > VIRTUAL_FROM;

  return (
    <TableContext value={context}>
      <SelectionContext value={selectionContext}>
        <Box
          ref={scrollRef}
          style={{ overflow: 'auto', maxHeight: 'max(420px, calc(100dvh - 330px))' }}
          tabIndex={0}
          aria-label={t('jobs.tableScroll')}
        >
          <Table stickyHeader highlightOnHover verticalSpacing="xs" miw={withCompleted ? 1300 : 1200} aria-label={t('jobs.tableName')}>
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => {
                    const sortable = header.column.getCanSort();
                    const dir = header.column.getIsSorted();
                    const ariaSort = sortable ? (dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none') : undefined;
                    const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconArrowsSort;
                    return (
                      <Table.Th key={header.id} aria-sort={ariaSort} style={{ whiteSpace: 'nowrap' }}>
                        {sortable ? (
                          <UnstyledButton
                            onClick={header.column.getToggleSortingHandler()}
                            fw={700}
                            fz="sm"
                            style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                          >
                            <FlexRender header={header} />
                            <Icon size={14} aria-hidden opacity={dir ? 1 : 0.4} />
                          </UnstyledButton>
                        ) : (
                          <FlexRender header={header} />
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              <OverrunScope hasRunning={rows.some((j) => j.status === 'Running')}>
                {virtual ? (
                  // Its code is fetched beside the data (see jobs-page): this waits a tick at most.
                  <Suspense fallback={null}>
                    <VirtualJobRows
                      rows={tableRows}
                      selected={selected}
                      scrollRef={scrollRef}
                      colCount={columns.length}
                      cellsKey={columns}
                    />
                  </Suspense>
                ) : (
                  <JobRows rows={tableRows} selected={selected} cellsKey={columns} />
                )}
              </OverrunScope>
            </Table.Tbody>
          </Table>
        </Box>
      </SelectionContext>
    </TableContext>
  );
}
