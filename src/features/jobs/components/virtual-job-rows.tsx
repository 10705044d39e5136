import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { JobRowView, ROW_HEIGHT, type Row } from './job-rows.tsx';

interface Props {
  rows: Row[];
  selected: { has: (id: string) => boolean };
  scrollRef: RefObject<HTMLDivElement | null>;
  colCount: number;
  cellsKey: unknown;
}

/** A big page: only the rows in view (and a few either side) are drawn, between two spacers. */
export default function VirtualJobRows({ rows, selected, scrollRef, colCount, cellsKey }: Props) {
  // This build does not use the React Compiler, which is what the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <>
      {padTop > 0 && (
        <tr aria-hidden>
          <td colSpan={colCount} style={{ height: padTop, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => (
        <JobRowView
          key={rows[item.index]!.id}
          row={rows[item.index]!}
          index={item.index}
          isSelected={selected.has(rows[item.index]!.id)}
          cellsKey={cellsKey}
        />
      ))}
      {padBottom > 0 && (
        <tr aria-hidden>
          <td colSpan={colCount} style={{ height: padBottom, padding: 0, border: 0 }} />
        </tr>
      )}
    </>
  );
}
