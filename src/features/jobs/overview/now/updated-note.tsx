import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lastTick, stepFor, useNow } from '../../../../lib/clock.ts';
import { errorText } from '../../../../lib/error-text.ts';
import { absoluteTime, relativeTime, type Zone } from '../../lib/format.ts';

interface Props {
  /** When the panel's figures came; 0 before they first do. */
  updatedAt: number;
  /** The last refresh's failure, when figures are shown from before it. */
  error: unknown;
  zone: Zone;
  onRetry: () => void;
}

/**
 * When a panel's figures are from ("Updated 15 s ago", the exact time and zone on hover), and,
 * when the last refresh failed, that they are older than they should be: the figures stay.
 */
export function UpdatedNote({ updatedAt, error, zone, onRetry }: Props) {
  const { t, i18n } = useTranslation();
  const nowMs = useNow(stepFor(lastTick() - updatedAt));
  if (!updatedAt) return null;
  const exact = absoluteTime(updatedAt, zone, i18n.language);
  const when = relativeTime(Math.min(updatedAt, nowMs), nowMs, i18n.language);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="xs" c="dimmed" title={exact}>
        {t('overview.now.updated', { when, exact })}
      </Text>
      {error ? (
        <>
          <Text size="xs" c="red" role="status">
            {t('overview.now.refreshFailed', { message: errorText(error, t) })}
          </Text>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </>
      ) : null}
    </Group>
  );
}
