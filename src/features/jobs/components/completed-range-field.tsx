import { Input, InputBase, Loader, Popover } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completedRangeText } from '../lib/day-range-text.ts';

// The calendar, with dayjs and its styles, is the largest part of the filters, and few visits open it.
const loadCalendar = () => import('./range-calendar.tsx');
const RangeCalendar = lazy(loadCalendar);

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/** "Completed between": a field that shows the range and opens a calendar to pick it. */
export function CompletedRangeField({ from, to, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const shown = completedRangeText(from, to, t, i18n.language);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" trapFocus returnFocus shadow="md">
      <Popover.Target>
        <InputBase
          component="button"
          type="button"
          pointer
          label={t('filters.completedBetween')}
          miw={210}
          onClick={() => setOpened((o) => !o)}
          // Fetched on the way in, so the calendar is usually there by the click.
          onPointerEnter={() => void loadCalendar()}
          onFocus={() => void loadCalendar()}
          rightSection={from ? <Input.ClearButton aria-label={t('filters.clearRange')} onClick={() => onChange(null, null)} /> : null}
          rightSectionPointerEvents={from ? 'all' : 'none'}
        >
          {shown ?? <Input.Placeholder>{t('filters.anyTime')}</Input.Placeholder>}
        </InputBase>
      </Popover.Target>
      <Popover.Dropdown>
        <Suspense fallback={<Loader size="sm" m="md" aria-label={t('filters.loadingCalendar')} />}>
          <RangeCalendar
            from={from}
            to={to}
            onPick={(f, l) => {
              onChange(f, l);
              setOpened(false);
            }}
          />
        </Suspense>
      </Popover.Dropdown>
    </Popover>
  );
}
