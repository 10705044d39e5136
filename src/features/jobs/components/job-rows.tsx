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
  // Plain elements in Mantine's table classes, with the attributes its Table.Tr and Table.Td
  // would set for this table: the same look, without a component per cell (5,500 on a big page).
  return (
    <tr
      className={TR}
      data-with-row-border
      data-hover
      data-index={index}
      style={{ height: ROW_HEIGHT, backgroundColor: isSelected ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={TD}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}, sameRow);

const TR = `${Table.classes.tr} mantine-Table-tr`;
const TD = `${Table.classes.td} mantine-Table-td`;

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
