import { FocusTrap } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
// The calendar's month and day names; the rest of the page formats dates with Intl.
import 'dayjs/locale/ja';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  from: string | null;
  to: string | null;
  /** A whole range picked (one day picked twice is a range of one day). */
  onPick: (from: string, to: string) => void;
}

/** The calendar of "Completed between"; its code (with dayjs) loads when the field is first opened. */
/** Month and day names as the reader's language writes them (「2026年12月」, 「2026年12月1日」). */
const inUtc = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const monthLabel = (locale: string) => (day: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(inUtc(day));
const dayLabel = (locale: string) => (day: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(inUtc(day));

export default function RangeCalendar({ from, to, onPick }: Props) {
  const { i18n } = useTranslation();
  // Half a range stays here: the list is asked for again only once both ends are picked.
  const [draft, setDraft] = useState<[string | null, string | null]>([from, to]);
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ja' ? 0 : 1 }}>
      {/* The keyboard goes into the calendar as it arrives, not only when it was already loaded. */}
      <FocusTrap active>
        <div>
          <DatePicker
            type="range"
            allowSingleDateInRange
            value={draft}
            defaultDate={from ?? undefined}
            monthLabelFormat={monthLabel(i18n.language)}
            getDayAriaLabel={dayLabel(i18n.language)}
            onChange={([f, l]) => {
              setDraft([f, l]);
              if (f && l) onPick(f, l);
            }}
          />
        </div>
      </FocusTrap>
    </DatesProvider>
  );
}
