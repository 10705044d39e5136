import { ActionIcon, Group, NativeSelect, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconChevronsLeft, IconChevronsRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../lib/format.ts';
import { PAGE_SIZES } from '../state/view.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Server paging: "1–50 of 12,345", first/previous/next/last, and the page size. */
export function JobsPagination({ page, pageSize, total, onPage, onPageSize }: Props) {
  const { t, i18n } = useTranslation();
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const n = (x: number) => formatCount(x, i18n.language);
  const nav = [
    { label: t('paging.first'), icon: IconChevronsLeft, to: 1, disabled: page <= 1 },
    { label: t('paging.previous'), icon: IconChevronLeft, to: page - 1, disabled: page <= 1 },
    { label: t('paging.next'), icon: IconChevronRight, to: page + 1, disabled: page >= last },
    { label: t('paging.last'), icon: IconChevronsRight, to: last, disabled: page >= last },
  ];
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="xs">
        <NativeSelect
          label={t('paging.pageSize')}
          data={PAGE_SIZES.map((s) => ({ value: String(s), label: n(s) }))}
          value={String(pageSize)}
          onChange={(e) => onPageSize(Number(e.currentTarget.value))}
          w={110}
          size="xs"
        />
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          {t('paging.range', { from: n(from), to: n(to), total: n(total) })}
        </Text>
        {nav.map(({ label, icon: Icon, to: target, disabled }) => (
          <ActionIcon key={label} variant="default" aria-label={label} disabled={disabled} onClick={() => onPage(target)}>
            <Icon size={16} aria-hidden />
          </ActionIcon>
        ))}
      </Group>
    </Group>
  );
}
