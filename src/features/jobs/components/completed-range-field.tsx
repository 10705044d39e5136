import { Input, InputBase } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onDemand } from '../../../lib/on-demand.ts';

// The calendar is the largest single part of the filters and few visits use it.
const picker = onDemand(() => import('./completed-range.tsx'));

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/**
 * "Completed between": a field that looks and reads like the date picker and shows the
 * range, and loads the real picker (opened, focused) when it is first used.
 */
export function CompletedRangeField(props: Props) {
  const { t } = useTranslation();
  const Picker = picker.use();
  const [wanted, setWanted] = useState(false);
  if (wanted && Picker) return <Picker.default {...props} openOnMount />;
  const { from, to } = props;
  const shown = from ? (to && to !== from ? `${from} – ${to}` : from) : null;
  return (
    <InputBase
      component="button"
      type="button"
      pointer
      label={t('filters.completedBetween')}
      miw={210}
      onClick={() => {
        setWanted(true);
        picker.fetch();
      }}
      // Fetched on the way in, so it is usually there by the click.
      onPointerEnter={picker.fetch}
      onFocus={picker.fetch}
    >
      {shown ?? <Input.Placeholder>{t('filters.anyTime')}</Input.Placeholder>}
    </InputBase>
  );
}
