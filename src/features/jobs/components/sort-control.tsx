import { ActionIcon, Group, NativeSelect } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SORT_KEYS, type JobsView, type SortKey } from '../state/view.ts';

/** Sorting outside the headers: the one way to sort by completion time, which has no column. */
export function SortControl({ view, onSort }: { view: JobsView; onSort: (sort: SortKey, dir: 'asc' | 'desc') => void }) {
  const { t } = useTranslation();
  const asc = view.dir === 'asc';
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <NativeSelect
        label={t('sort.label')}
        data={SORT_KEYS.map((k) => ({ value: k, label: t(`sort.${k}`) }))}
        value={view.sort}
        onChange={(e) => onSort(e.currentTarget.value as SortKey, view.dir)}
        w={150}
      />
      <ActionIcon
        variant="default"
        size="lg"
        mb={1}
        aria-label={asc ? t('sort.ascending') : t('sort.descending')}
        onClick={() => onSort(view.sort, asc ? 'desc' : 'asc')}
      >
        {asc ? <IconSortAscending size={18} aria-hidden /> : <IconSortDescending size={18} aria-hidden />}
      </ActionIcon>
    </Group>
  );
}
