import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../lib/clock.ts';
import { OverviewSection } from './overview-section.tsx';
import type { OverviewView } from './overview-view.ts';
import type { SetView } from '../state/use-url-view.ts';
import { UsageRangeControl } from './usage/usage-range-control.tsx';
import { UsageReportView } from './usage/usage-report-view.tsx';
import { usageDays } from './usage/usage-range.ts';

/** What ran over a month or a range of days: runs per workflow, per user and per day, and as files. */
export function UsageSection({ view, onChange }: { view: OverviewView; onChange: SetView<OverviewView> }) {
  const { t } = useTranslation();
  // Today's date is all the report needs of the clock.
  const nowMs = useNow(60_000);
  const days = usageDays(view.usageFrom, view.usageTo, nowMs);
  return (
    <OverviewSection
      id="overview-usage"
      title={t('overview.usage.title')}
      controls={<UsageRangeControl days={days} nowMs={nowMs} onChange={onChange} />}
    >
      {days.future ? (
        <Text size="sm">{t('overview.usage.future')}</Text>
      ) : (
        <UsageReportView fromDay={days.fromDay} toDay={days.readTo} soFar={days.readTo < days.toDay} zone={view.tz} />
      )}
    </OverviewSection>
  );
}
