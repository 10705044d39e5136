import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says plainly why who ran a job, and when, is not shown. */
export function ItemNote({ reason, error }: { reason: 'notCurator' | 'failed' | 'notFound' | 'loading' | null; error: Error | null }) {
  const { t } = useTranslation();
  if (reason === null) return null;
  if (reason === 'loading') {
    return (
      <Text size="sm" c="dimmed" role="status">
        <Loader size={12} mr={6} aria-hidden />
        {t('detail.itemLoading')}
      </Text>
    );
  }
  return (
    <Text size="sm" c="dimmed" role="note">
      {reason === 'failed' ? t('detail.itemFailed', { message: error?.message ?? '' }) : t(`detail.item.${reason}`)}
    </Text>
  );
}
