import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function TableSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap={6} aria-busy="true" aria-label={t('jobs.loading')}>
      {Array.from({ length: 10 }, (_, i) => (
        <Skeleton key={i} height={36} radius="sm" />
      ))}
    </Stack>
  );
}

export function EmptyState({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack align="center" py="xl" gap="xs">
      <IconMoodEmpty size={40} aria-hidden opacity={0.5} />
      <Title order={2} size="h4">
        {filtered ? t('jobs.noMatch') : t('jobs.noJobs')}
      </Title>
      <Text c="dimmed" size="sm">
        {filtered ? t('jobs.noMatchHelp') : t('jobs.noJobsHelp')}
      </Text>
      {filtered && (
        <Button variant="light" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Stack>
  );
}

/** Something could not be loaded: what the server said, and a way to try again. */
export function ErrorPanel({ message, onRetry, title }: { message: string; onRetry: () => void; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('jobs.loadFailed')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
