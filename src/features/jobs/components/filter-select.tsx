import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { placeholderFor } from './filter-placeholder.ts';

export interface TakeOver {
  /** The field that stood in had the focus. */
  focusOnMount: boolean;
  /** It was clicked or typed in (open the list), or a key asked for the list (press it again here). */
  openWith: { key: string } | 'open' | null;
  initialSearch: string;
}

/** A filter's multi-select; loaded when the filters are first used, in place of their stand-ins. */
export default function FilterSelect({ focusOnMount, openWith, initialSearch, ...props }: MultiSelectProps & TakeOver) {
  const input = useRef<HTMLInputElement>(null);
  // Only what the stand-in handed over at mount counts; later renders change nothing.
  const [start] = useState({ focusOnMount, openWith, initialSearch });
  useEffect(() => {
    const el = input.current;
    if (!el || !start.focusOnMount) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    // The combobox's own answer to that key: open, and move to the first (or last) option.
    if (typeof start.openWith === 'object' && start.openWith)
      el.dispatchEvent(new KeyboardEvent('keydown', { key: start.openWith.key, bubbles: true, cancelable: true }));
  }, [start]);
  return (
    <MultiSelect
      ref={input}
      {...props}
      placeholder={placeholderFor(props)}
      defaultDropdownOpened={start.openWith === 'open'}
      defaultSearchValue={start.initialSearch}
    />
  );
}
