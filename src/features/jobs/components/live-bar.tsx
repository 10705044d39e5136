import { ActionIcon, Badge, Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Hint } from '../../../components/hint.tsx';
import { relativeTime } from '../lib/format.ts';
import { useNow } from '../../../lib/clock.ts';
import { REFRESH_SECONDS, type LiveView } from '../state/view.ts';
import { RefreshAnnouncer } from './refresh-announcer.tsx';
import { errorText } from '../../../lib/error-text.ts';

interface Props {
  view: LiveView;
  onChange: (change: Partial<LiveView>, opts?: { replace?: boolean }) => void;
  /** The list's query: when it last answered, whether it is asking, and how it failed. */
  query: Pick<UseQueryResult, 'data' | 'dataUpdatedAt' | 'error' | 'isFetching' | 'refetch'>;
  /** Jobs on the page, for the announcement of a refresh. */
  rows: number;
}

/** How live the list is: auto-refresh, when it last updated, refresh now, and the time zone. */
export function LiveBar({ view, onChange, query, rows }: Props) {
  const { dataUpdatedAt: updatedAt, isFetching: fetching } = query;
  // A background refresh failed while older data stays on screen.
  const { t, i18n } = useTranslation();
  const staleError = query.data !== undefined && query.error ? errorText(query.error, t) : null;
  const onRefresh = () => void query.refetch();
  const now = useNow(1000);
  const [asked, setAsked] = useState(0);
  const refresh = () => {
    setAsked((n) => n + 1);
    onRefresh();
  };
  return (
    <Group gap="sm" wrap="wrap" justify="flex-end">
      <RefreshAnnouncer updatedAt={updatedAt} staleError={staleError} asked={asked} rows={rows} />
      {staleError && (
        <Hint label={staleError} multiline>
          <Badge color="orange" variant="light" tt="none">
            {t('live.refreshFailed')}
          </Badge>
        </Hint>
      )}
      {updatedAt > 0 && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('live.updated', { when: relativeTime(Math.min(updatedAt, now), now, i18n.language) })}
        </Text>
      )}
      <ActionIcon variant="default" size="lg" aria-label={t('live.refreshNow')} onClick={refresh} loading={fetching}>
        <IconRefresh size={18} aria-hidden />
      </ActionIcon>
      <NativeSelect
        aria-label={t('live.autoRefresh')}
        data={REFRESH_SECONDS.map((s) => ({ value: String(s), label: s === 0 ? t('live.off') : t('live.every', { seconds: s }) }))}
        value={String(view.refresh)}
        onChange={(e) => onChange({ refresh: Number(e.currentTarget.value) }, { replace: true })}
        w={150}
        leftSection={<IconRefresh size={14} aria-hidden />}
      />
      {/* Two toggle buttons, not a segmented control: the same choice for a fraction of the code. */}
      <Button.Group aria-label={t('live.timeZone')}>
        {(['local', 'utc'] as const).map((tz) => (
          <Button
            key={tz}
            variant={view.tz === tz ? 'filled' : 'default'}
            aria-pressed={view.tz === tz}
            onClick={() => onChange({ tz }, { replace: true })}
          >
            {tz === 'local' ? t('live.local') : 'UTC'}
          </Button>
        ))}
      </Button.Group>
      {staleError && (
        <Button size="compact-sm" variant="subtle" onClick={refresh}>
          {t('common.retry')}
        </Button>
      )}
    </Group>
  );
}
