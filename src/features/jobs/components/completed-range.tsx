import { DatePickerInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
// The calendar's month and day names; the rest of the page formats dates with Intl.
import 'dayjs/locale/ja';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
  /** Opened by a click on the field that stood in for it while it loaded. */
  openOnMount?: boolean;
}

/** The "completed between" range picker; loaded on its own, when it is first used. */
export default function CompletedRange({ from, to, onChange, openOnMount }: Props) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!openOnMount) return;
    ref.current?.focus();
    ref.current?.click();
  }, [openOnMount]);
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ja' ? 0 : 1 }}>
      <DatePickerInput
        ref={ref}
        type="range"
        allowSingleDateInRange
        label={t('filters.completedBetween')}
        placeholder={t('filters.anyTime')}
        value={[from, to]}
        onChange={([f, l]) => onChange(f || null, l || null)}
        clearable
        valueFormat="YYYY-MM-DD"
        miw={210}
      />
    </DatesProvider>
  );
}
