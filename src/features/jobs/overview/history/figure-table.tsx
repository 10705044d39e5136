import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FigureRow {
  key: string;
  /** The row's name (a bucket, a workflow), read as its header. */
  head: ReactNode;
  /** The numbers, set to the right. */
  cells: ReactNode[];
}

/** The numbers behind a chart or a ranking, as a named table: a row header, then right-aligned figures. */
export function FigureTable({
  label,
  columns,
  rows,
  minWidth = 320,
  maxHeight,
}: {
  label: string;
  columns: string[];
  rows: FigureRow[];
  minWidth?: number;
  maxHeight?: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth} maxHeight={maxHeight}>
      <Table striped aria-label={label} stickyHeader={maxHeight !== undefined}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={c + i} ta={i === 0 ? undefined : 'right'}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                {r.head}
              </Table.Th>
              {r.cells.map((c, i) => (
                <Table.Td key={i} ta="right">
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
