import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lastTick, stepFor, useNow } from '../../../../lib/clock.ts';
import { healthQuery, historyMaxJobs, DEFAULT_HISTORY_MAX_JOBS } from '../../../../lib/health.ts';
import { absoluteTime, formatCount, formatDay, relativeTime, type Zone } from '../../lib/format.ts';
import type { HistoryData } from './use-history-data.ts';

/** What the window covers and how fresh it is; a bar while it is read; a note when the cap cut it. */
export function HistoryHeader({ data, zone }: { data: HistoryData; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const health = useQuery(healthQuery).data;
  const cap = health ? historyMaxJobs(health) : DEFAULT_HISTORY_MAX_JOBS;
  const read = data.sample.data;
  const { progress, figures, span } = data;
  return (
    <Stack gap={6}>
      {figures && read && (
        <Text size="sm">
          {t('overview.history.covers', {
            count: figures.jobs.length,
            n: formatCount(figures.jobs.length, lang),
            from: absoluteTime(span.fromMs, zone, lang),
            to: absoluteTime(span.toMs, zone, lang),
          })}{' '}
          <UpdatedAgo at={data.sample.dataUpdatedAt} zone={zone} />
        </Text>
      )}
      {read && (
        <Text size="xs" c="dimmed">
          {t('overview.history.readFrom', { read: formatCount(read.read, lang), kept: formatCount(read.kept, lang) })}
        </Text>
      )}
      {data.sample.isFetching && progress && (
        <Stack gap={2}>
          <Progress
            value={progress.total ? (100 * progress.read) / progress.total : 0}
            aria-label={t('overview.history.reading', { n: formatCount(progress.read, lang), total: formatCount(progress.total, lang) })}
            size="sm"
            animated
          />
          <Text size="xs" c="dimmed" aria-live="polite">
            {t('overview.history.reading', { n: formatCount(progress.read, lang), total: formatCount(progress.total, lang) })}
          </Text>
        </Stack>
      )}
      {read?.capped && (
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">
            {t('overview.history.capped', {
              cap: formatCount(cap, lang),
              from: read.coveredFromDay > read.toDay ? t('overview.history.cappedToday') : formatDay(read.coveredFromDay, lang),
              total: formatCount(read.total, lang),
            })}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

function UpdatedAgo({ at, zone }: { at: number; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const now = useNow(stepFor(lastTick() - at));
  if (!at) return null;
  return (
    <Text span size="sm" c="dimmed" title={absoluteTime(at, zone, i18n.language)}>
      {t('overview.history.updated', { when: relativeTime(Math.min(at, now), now, i18n.language) })}
    </Text>
  );
}
