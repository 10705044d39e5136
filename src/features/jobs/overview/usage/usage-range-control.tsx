import { Group, InputBase, Loader, Popover, Select } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayRange } from '../../lib/format.ts';
import { monthChange, recentMonths, wholeMonth, type Month, type UsageDays } from './usage-range.ts';

// The calendar (with dayjs and its styles) is the jobs filters' own, loaded only when opened.
const loadCalendar = () => import('../../components/range-calendar.tsx');
const RangeCalendar = lazy(loadCalendar);

type Change = (c: { usageFrom: string | null; usageTo: string | null }) => void;

const monthText = (month: Month, locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(`${month}-01T00:00:00Z`));

/** The report's range: a recent month, or any days from the calendar. */
export function UsageRangeControl({ days, nowMs, onChange }: { days: UsageDays; nowMs: number; onChange: Change }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const month = wholeMonth(days.fromDay, days.toDay);
  const months = recentMonths(nowMs, 24);
  // A month older than the list, from a shared link, is still shown as chosen.
  if (month && !months.includes(month)) months.push(month);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('overview.usage.month')}
        data={months.map((m) => ({ value: m, label: monthText(m, i18n.language) }))}
        value={month}
        placeholder={t('overview.usage.customRange')}
        onChange={(m) => m && onChange(monthChange(m, nowMs))}
        allowDeselect={false}
        w={180}
      />
      <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus returnFocus shadow="md">
        <Popover.Target>
          <InputBase
            component="button"
            type="button"
            pointer
            label={t('overview.usage.days')}
            miw={230}
            onClick={() => setOpened((o) => !o)}
            // Fetched on the way in, so the calendar is usually there by the click.
            onPointerEnter={() => void loadCalendar()}
            onFocus={() => void loadCalendar()}
          >
            {dayRange(days.fromDay, days.toDay, i18n.language)}
          </InputBase>
        </Popover.Target>
        <Popover.Dropdown>
          <Suspense fallback={<Loader size="sm" m="md" aria-label={t('filters.loadingCalendar')} />}>
            <RangeCalendar
              from={days.fromDay}
              to={days.toDay}
              onPick={(from, to) => {
                onChange(wholeMonth(from, to) ? monthChange(wholeMonth(from, to)!, nowMs) : { usageFrom: from, usageTo: to });
                setOpened(false);
              }}
            />
          </Suspense>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
