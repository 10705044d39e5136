import { Table } from '@mantine/core';
import { FlexRender, type Row as TableRow } from '@tanstack/react-table';
import { memo } from 'react';
import type { JobRow, tableFeaturesUsed } from './job-columns.tsx';

export const ROW_HEIGHT = 45;

export type Row = TableRow<typeof tableFeaturesUsed, JobRow>;

interface RowProps {
  row: Row;
  index: number;
  isSelected: boolean;
  /** The columns: new when what the cells say changes without the job changing (the language). */
  cellsKey: unknown;
}

/**
 * One row, drawn again only when its job, place, tick box or columns change: a refresh that
 * brings the same job, or a scroll that keeps it in view, leaves it alone. (The clock and the
 * time zone reach the cells through context, which passes by this.)
 */
export const JobRowView = memo(function JobRowView({ row, index, isSelected }: RowProps) {
  return (
    <Table.Tr data-index={index} style={{ height: ROW_HEIGHT }} bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}>
      {row.getAllCells().map((cell) => (
        <Table.Td key={cell.id}>
          <FlexRender cell={cell} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}, sameRow);

// The table builds new row objects on every new answer; the job itself is the same object when
// it did not change (TanStack Query's structural sharing), and that is what the cells draw.
function sameRow(a: RowProps, b: RowProps): boolean {
  return a.row.original === b.row.original && a.index === b.index && a.isSelected === b.isSelected && a.cellsKey === b.cellsKey;
}

/** Every row, drawn whole: pages of up to 100 rows. */
export function JobRows({ rows, selected, cellsKey }: { rows: Row[]; selected: { has: (id: string) => boolean }; cellsKey: unknown }) {
  return rows.map((row, index) => (
    <JobRowView key={row.id} row={row} index={index} isSelected={selected.has(row.id)} cellsKey={cellsKey} />
  ));
}
