import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../lib/session.ts';
import { NotCurator } from '../features/jobs/components/not-curator.tsx';
import { HistorySection } from '../features/jobs/overview/history-section.tsx';
import { NowSection } from '../features/jobs/overview/now-section.tsx';
import { UsageSection } from '../features/jobs/overview/usage-section.tsx';
import { useOverviewView, WINDOW_CHOICES, type HistoryWindow } from '../features/jobs/overview/overview-view.ts';

/** The server at a glance: the queue now and why it waits, what has overrun, what ran, and usage. */
export function OverviewPage() {
  const session = useSession();
  return session?.role === 'curator' ? <Overview /> : <NotCurator />;
}

function Overview() {
  const { t } = useTranslation();
  const [view, setView] = useOverviewView();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('overview.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('overview.subtitle')}
          </Text>
        </div>
        <SegmentedControl
          aria-label={t('overview.window')}
          value={view.window}
          onChange={(w) => setView({ window: w as HistoryWindow })}
          data={WINDOW_CHOICES.map((w) => ({ value: w, label: t(`overview.windows.${w}`) }))}
        />
      </Group>
      <NowSection view={view} onChange={setView} />
      <HistorySection view={view} onChange={setView} />
      <UsageSection view={view} onChange={setView} />
    </Stack>
  );
}
