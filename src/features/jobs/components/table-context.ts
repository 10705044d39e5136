import { createContext, useContext } from 'react';
import type { Zone } from '../lib/format.ts';

/**
 * What the cells need that changes while the table is shown (the zone, the list's URL, when
 * its answer came). Read from context, so the column definitions stay the same objects and a
 * change re-renders cells instead of remounting them (which would drop focus and selection).
 */
export interface TableContextValue {
  zone: Zone;
  search: string;
  /** When the rows were fetched: a running job's run time is the server's figure plus the time since. */
  fetchedAt: number;
}

export const TableContext = createContext<TableContextValue>({ zone: 'local', search: '', fetchedAt: 0 });
export const useTableContext = () => useContext(TableContext);
