import { ComboboxChevron, Pill, PillsInput, type MultiSelectProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { onDemand } from '../../../lib/on-demand.ts';
import { placeholderFor } from './filter-placeholder.ts';
import type { TakeOver } from './filter-select.tsx';

const realSelect = onDemand(() => import('./filter-select.tsx'));

type Props = Omit<MultiSelectProps, 'data'> & { data: (string | { value: string; label: string })[]; value: string[] };

const OPEN_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ']);

/**
 * A filter's multi-select. The combobox behind it is the largest part of the filters, so the
 * first view draws a field that looks the same and reads the same (label, picked values);
 * the real one loads on the way in (hover, focus) and takes over where the user is: the
 * focus, an open list, what was typed.
 */
export function FilterSelectField(props: Props) {
  const Real = realSelect.use();
  const [focused, setFocused] = useState(false);
  const [typed, setTyped] = useState('');
  const [openWith, setOpenWith] = useState<TakeOver['openWith']>(null);
  if (Real) {
    return <Real.default {...props} focusOnMount={focused} openWith={focused ? openWith : null} initialSearch={typed} />;
  }

  const { data, value, label, searchable, disabled, miw, maw } = props;
  const labelOf = (v: string) => {
    const item = data.find((d) => (typeof d === 'string' ? d : d.value) === v);
    return typeof item === 'object' ? item.label : v;
  };
  const want = (how: TakeOver['openWith']) => {
    setOpenWith(how);
    realSelect.fetch();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!OPEN_KEYS.has(e.key) || (e.key === ' ' && searchable)) return;
    e.preventDefault();
    want({ key: e.key });
  };
  return (
    <PillsInput
      label={label}
      miw={miw}
      maw={maw}
      disabled={disabled}
      pointer={!searchable}
      rightSection={<ComboboxChevron />}
      rightSectionPointerEvents="none"
      onPointerEnter={realSelect.fetch}
      onMouseDown={() => want('open')}
    >
      <Pill.Group>
        {value.map((v) => (
          <Pill key={v}>{labelOf(v)}</Pill>
        ))}
        <PillsInput.Field
          role="combobox"
          aria-expanded={false}
          aria-haspopup="listbox"
          placeholder={placeholderFor(props)}
          readOnly={!searchable}
          pointer={!searchable}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            want('open');
          }}
          onFocus={() => {
            setFocused(true);
            realSelect.fetch();
          }}
          onBlur={() => setFocused(false)}
          onKeyDown={onKeyDown}
        />
      </Pill.Group>
    </PillsInput>
  );
}
