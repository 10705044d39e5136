import { useTranslation } from 'react-i18next';
import { OverviewSection } from './overview-section.tsx';
import type { OverviewView } from './overview-view.ts';
import type { SetView } from '../state/use-url-view.ts';
import { NowCounts } from './now/now-counts.tsx';
import { OverrunPanel } from './now/overrun-panel.tsx';
import { QueuePanel } from './now/queue-panel.tsx';
import { useQueuePlan } from './now/use-queue-plan.ts';

/** The server now: how many jobs run and wait, why the queue waits and when each may start, and what has overrun. */
export function NowSection({ view }: { view: OverviewView; onChange: SetView<OverviewView> }) {
  const { t } = useTranslation();
  const plan = useQueuePlan(view.refresh);
  // A freed slot goes to the untagged queue first: those are the jobs an overrun holds up.
  const untagged = plan.groups?.find((g) => g.tag === '')?.jobs.length ?? null;
  return (
    <OverviewSection id="overview-now" title={t('overview.now.title')}>
      <NowCounts refresh={view.refresh} zone={view.tz} />
      <OverrunPanel refresh={view.refresh} zone={view.tz} waiting={untagged} />
      <QueuePanel plan={plan} zone={view.tz} />
    </OverviewSection>
  );
}
