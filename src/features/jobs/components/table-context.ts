import { createContext, useContext } from 'react';
import type { Zone } from '../lib/format.ts';

/**
 * What the cells need that changes while the table is shown (the clock, the zone, the list's
 * URL). Read from context, so the column definitions stay the same objects and a tick of the
 * clock re-renders cells instead of remounting them (which would drop focus and selection).
 */
export interface TableContextValue {
  zone: Zone;
  nowMs: number;
  search: string;
}

export const TableContext = createContext<TableContextValue>({ zone: 'local', nowMs: 0, search: '' });
export const useTableContext = () => useContext(TableContext);
