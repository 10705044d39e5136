import { SimpleGrid, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/table-states.tsx';
import { errorText } from '../../../lib/error-text.ts';
import { OverviewSection } from './overview-section.tsx';
import type { OverviewView } from './overview-view.ts';
import type { SetView } from '../state/use-url-view.ts';
import { BusiestPanel } from './history/busiest-panel.tsx';
import { FailingPanel } from './history/failing-panel.tsx';
import { HistoryHeader } from './history/history-header.tsx';
import { ThroughputPanel } from './history/throughput-panel.tsx';
import { useHistoryData } from './history/use-history-data.ts';
import { WaitHeatmap } from './history/wait-heatmap.tsx';
import { WaitPanel } from './history/wait-panel.tsx';

/** What ran in the window: throughput, queue waits and when they pile up, the busiest and the failing. */
export function HistorySection({ view }: { view: OverviewView; onChange: SetView<OverviewView> }) {
  const { t } = useTranslation();
  const data = useHistoryData(view);
  const { sample } = data;
  return (
    <OverviewSection id="overview-history" title={t('overview.history.title')}>
      <HistoryHeader data={data} zone={view.tz} />
      {sample.error && !sample.data && (
        <ErrorPanel title={t('overview.history.failed')} message={errorText(sample.error, t)} onRetry={() => void sample.refetch()} />
      )}
      {!sample.data && !sample.error && <Skeleton h={220} />}
      {data.figures && (
        <>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ThroughputPanel data={data} zone={view.tz} />
            <WaitPanel data={data} zone={view.tz} />
          </SimpleGrid>
          {data.heatmap && <WaitHeatmap cells={data.heatmap} zone={view.tz} fromDay={data.heatFromDay} />}
          <BusiestPanel data={data} />
          <FailingPanel data={data} />
        </>
      )}
    </OverviewSection>
  );
}
