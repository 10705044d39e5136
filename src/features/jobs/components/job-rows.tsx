import { Table } from '@mantine/core';
import { FlexRender, type Row as TableRow } from '@tanstack/react-table';
import type { JobRow, tableFeaturesUsed } from './job-columns.tsx';

export const ROW_HEIGHT = 45;

export type Row = TableRow<typeof tableFeaturesUsed, JobRow>;

interface RowProps {
  row: Row;
  index: number;
  selected: { has: (id: string) => boolean };
}

export function JobRowView({ row, index, selected }: RowProps) {
  return (
    <Table.Tr
      data-index={index}
      style={{ height: ROW_HEIGHT }}
      bg={selected.has(row.id) ? 'var(--mantine-primary-color-light)' : undefined}
    >
      {row.getAllCells().map((cell) => (
        <Table.Td key={cell.id}>
          <FlexRender cell={cell} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** Every row, drawn whole: pages of up to 100 rows. */
export function JobRows({ rows, selected }: { rows: Row[]; selected: { has: (id: string) => boolean } }) {
  return rows.map((row, index) => <JobRowView key={row.id} row={row} index={index} selected={selected} />);
}
