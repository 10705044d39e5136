import { createContext, useContext } from 'react';

/** The table's checkboxes read and change the selection through this, like the cells read the clock. */
export interface SelectionContextValue {
  isSelected: (jobId: string) => boolean;
  /** `range`: Shift was held, so everything from the last click to this row changes. */
  toggle: (index: number, range: boolean) => void;
  page: 'all' | 'some' | 'none';
  togglePage: () => void;
}

export const SelectionContext = createContext<SelectionContextValue | null>(null);
export const useSelectionContext = () => useContext(SelectionContext);
