import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/** The "completed between" range picker; loaded on its own, after the first view. */
export default function CompletedRange({ from, to, onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: i18n.language === 'ja' ? 0 : 1 }}>
      <DatePickerInput
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
