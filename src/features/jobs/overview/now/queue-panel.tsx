import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel, TableSkeleton } from '../../../../components/table-states.tsx';
import { errorText } from '../../../../lib/error-text.ts';
import { formatCount, type Zone } from '../../lib/format.ts';
import { QUEUE_LIMIT } from './now-queries.ts';
import { NowPanel } from './now-panel.tsx';
import { SettingInput } from './setting-input.tsx';
import { QueueGroupTable } from './queue-group.tsx';
import { UpdatedNote } from './updated-note.tsx';
import type { QueuePlan } from './use-queue-plan.ts';

/** Why the queue waits: its jobs in the order the workers will take them, and when each may start. */
export function QueuePanel({ plan, zone }: { plan: QueuePlan; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatCount(x, i18n.language);
  const groups = plan.groups?.filter((g) => g.jobs.length > 0);
  const body = groups ? (
    groups.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('overview.now.queueEmpty')}
      </Text>
    ) : (
      groups.map((g) => <QueueGroupTable key={g.tag ?? '?'} group={g} medians={plan.medians} nowMs={plan.nowMs} zone={zone} />)
    )
  ) : plan.error ? (
    <ErrorPanel title={t('overview.now.queueFailed')} message={errorText(plan.error, t)} onRetry={plan.refetch} />
  ) : (
    <TableSkeleton />
  );
  const unknownTags = plan.listed - plan.tagsAskedFor;
  return (
    <NowPanel id="overview-queue" title={t('overview.now.queueTitle')} intro={t('overview.now.queueIntro')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SettingInput
          label={t('overview.now.slots')}
          description={plan.slotsSet ? t('overview.now.slotsSet', { n: n(plan.guessedSlots) }) : t('overview.now.slotsGuessed')}
          value={plan.slots}
          onChange={plan.onSlots}
          min={1}
          max={500}
        />
        <SettingInput
          label={t('overview.now.slotsPerTag')}
          description={t('overview.now.slotsPerTagHelp')}
          value={plan.slotsPerTag}
          onChange={plan.onSlotsPerTag}
          min={1}
          max={100}
        />
      </Group>
      {plan.queuedTotal > plan.listed && (
        <Text size="sm" role="note">
          {t('overview.now.moreQueued', { shown: n(plan.listed), total: n(plan.queuedTotal), limit: n(QUEUE_LIMIT) })}
        </Text>
      )}
      {unknownTags > 0 && (
        <Text size="sm" role="note">
          {t('overview.now.tagsUnknown', { count: unknownTags, n: n(unknownTags), first: n(plan.tagsAskedFor) })}
        </Text>
      )}
      {plan.tagsPending > 0 && (
        <Text size="sm" c="dimmed" role="status">
          {t('overview.now.tagsReading', { n: n(plan.tagsPending) })}
        </Text>
      )}
      {body}
      <UpdatedNote updatedAt={plan.updatedAt} error={groups ? plan.error : null} zone={zone} onRetry={plan.refetch} />
    </NowPanel>
  );
}
