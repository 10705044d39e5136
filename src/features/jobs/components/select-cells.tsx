import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSelectionContext } from './selection-context.ts';

export function SelectPageCheckbox() {
  const { t } = useTranslation();
  const selection = useSelectionContext();
  if (!selection) return null;
  return (
    <Checkbox
      aria-label={t('bulk.selectPage')}
      checked={selection.page === 'all'}
      indeterminate={selection.page === 'some'}
      onChange={selection.togglePage}
    />
  );
}

export function SelectRowCheckbox({ jobId, index }: { jobId: string; index: number }) {
  const { t } = useTranslation();
  const selection = useSelectionContext();
  if (!selection) return null;
  return (
    <Checkbox
      aria-label={t('bulk.selectJob', { id: jobId })}
      checked={selection.isSelected(jobId)}
      // The click, not the change, carries Shift; the change is handled there.
      onChange={() => undefined}
      onClick={(e) => selection.toggle(index, e.shiftKey)}
    />
  );
}
