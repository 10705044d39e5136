import { Input, InputBase } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const load = () => import('./completed-range.tsx');
// The calendar is the largest single part of the filters and few visits use it.
const CompletedRange = lazy(load);

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
  const [wanted, setWanted] = useState(false);
  const { from, to } = props;
  const shown = from ? (to && to !== from ? `${from} – ${to}` : from) : null;
  const stand = (
    <InputBase
      component="button"
      type="button"
      pointer
      label={t('filters.completedBetween')}
      miw={210}
      onClick={() => setWanted(true)}
      // Fetched on the way in, so it is usually there by the click.
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
    >
      {shown ?? <Input.Placeholder>{t('filters.anyTime')}</Input.Placeholder>}
    </InputBase>
  );
  if (!wanted) return stand;
  return (
    <Suspense fallback={stand}>
      <CompletedRange {...props} openOnMount />
    </Suspense>
  );
}
