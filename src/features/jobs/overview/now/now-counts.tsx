import { Paper, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../../components/table-states.tsx';
import { errorText } from '../../../../lib/error-text.ts';
import { useNow } from '../../../../lib/clock.ts';
import { formatCount, humanDuration, parseTime, type Zone } from '../../lib/format.ts';
import { DEFAULT_VIEW, paramsFromView } from '../../state/view.ts';
import { NOW_STATUSES, nowQueries, type NowStatus } from './now-queries.ts';
import { UpdatedNote } from './updated-note.tsx';

const jobsLink = (status: NowStatus) => `/jobs?${paramsFromView({ ...DEFAULT_VIEW, statuses: [status] })}`;

/** How many jobs run, start and wait now, each a way into exactly those jobs, and the longest wait. */
export function NowCounts({ refresh, zone }: { refresh: number; zone: Zone }) {
  const { t, i18n } = useTranslation();
  const queries = useQueries({ queries: NOW_STATUSES.map((s) => nowQueries.count(s, refresh)) });
  const nowMs = useNow(1000);
  const failed = queries.find((q) => q.error)?.error;
  const loaded = queries.every((q) => q.data);
  // Data first: figures once shown stay while a refresh fails; the error shows alone only before.
  if (!loaded && failed) {
    return (
      <ErrorPanel
        title={t('overview.now.countsFailed')}
        message={errorText(failed, t)}
        onRetry={() => queries.forEach((q) => void q.refetch())}
      />
    );
  }
  const queued = queries[NOW_STATUSES.indexOf('Queued')]?.data;
  const oldest = parseTime(queued?.data[0]?.queueTime);
  const updatedAt = loaded ? Math.min(...queries.map((q) => q.dataUpdatedAt)) : 0;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('overview.now.countsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {NOW_STATUSES.map((status, i) => {
          const total = queries[i]?.data?.pagination.totalItems;
          const name = t(`status.${status}`);
          return (
            <UnstyledButton
              key={status}
              component={Link}
              to={jobsLink(status)}
              className="mantine-focus-auto"
              aria-label={total === undefined ? name : t('overview.now.countLabel', { status: name, n: formatCount(total, i18n.language) })}
            >
              <Figure label={name} value={total === undefined ? null : formatCount(total, i18n.language)} link />
            </UnstyledButton>
          );
        })}
        <Figure
          label={t('overview.now.oldestWait')}
          value={queued === undefined ? null : oldest === null ? '—' : humanDuration(Math.max(0, nowMs - oldest), i18n.language)}
        />
      </SimpleGrid>
      <UpdatedNote updatedAt={updatedAt} error={failed} zone={zone} onRetry={() => queries.forEach((q) => void q.refetch())} />
    </Stack>
  );
}

/** One figure under its label; a skeleton until it is known. */
function Figure({ label, value, link }: { label: string; value: string | null; link?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" h="100%">
      <Text size="xs" c={link ? 'anchor' : 'dimmed'} td={link ? 'underline' : undefined}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton height={32} width={60} mt={2} aria-label={t('overview.now.loading')} />
      ) : (
        <Text fz={28} fw={700} lh={1.15}>
          {value}
        </Text>
      )}
    </Paper>
  );
}
