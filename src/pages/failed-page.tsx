import { Alert, Button, Group, Paper, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useSession } from '../lib/session.ts';
import { MAX_READ, WINDOWS, type FailedWindow } from '../features/jobs/api/failed-recently.ts';
import { useFailedRecently } from '../features/jobs/api/use-failed-recently.ts';
import { LazyJobPane } from '../features/jobs/detail/lazy-job-pane.tsx';
import { absoluteTime } from '../features/jobs/lib/format.ts';
import { useCount } from '../features/jobs/lib/use-count.ts';
import { FailedTable } from '../features/jobs/components/failed-table.tsx';
import { ListWithPane } from '../features/jobs/components/list-with-pane.tsx';
import { NotCurator } from '../features/jobs/components/not-curator.tsx';
import { ErrorPanel } from '../components/table-states.tsx';
import { errorText } from '../lib/error-text.ts';

const CHOICES = Object.keys(WINDOWS) as FailedWindow[];
const isWindow = (v: string | null): v is FailedWindow => CHOICES.includes(v as FailedWindow);

/** What failed in the last hour, day or week: one click from anywhere, the window in the URL. */
export function FailedPage() {
  const session = useSession();
  const { jobId } = useParams();
  const [params] = useSearchParams();
  const search = params.toString() ? `?${params.toString()}` : '';
  const list = session?.role === 'curator' ? <FailedList /> : <NotCurator />;
  return <ListWithPane list={list} pane={jobId ? <LazyJobPane key={jobId} jobId={jobId} closeTo={`/failed${search}`} /> : null} />;
}

function FailedList() {
  const { t, i18n } = useTranslation();
  const n = useCount();
  const [params, setParams] = useSearchParams();
  const window = isWindow(params.get('within')) ? (params.get('within') as FailedWindow) : '24h';
  const zone = params.get('tz') === 'utc' ? 'utc' : 'local';
  const { query, progress } = useFailedRecently(window);
  const { data, error, isFetching, refetch } = query;
  const search = params.toString() ? `?${params.toString()}` : '';
  const setWindow = (w: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (w === '24h') next.delete('within');
      else next.set('within', w);
      return next;
    });
  const time = (ms: number) => absoluteTime(ms, zone, i18n.language);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('failed.title')}
        </Title>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('failed.window')}
            value={window}
            onChange={setWindow}
            data={CHOICES.map((w) => ({ value: w, label: t(`failed.within.${w}`) }))}
          />
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={isFetching} onClick={() => void refetch()}>
            {t('failed.refresh')}
          </Button>
        </Group>
      </Group>
      {isFetching && progress && (
        <Stack gap={4}>
          {/* Only the phase is announced; the counts change too often to be read out. */}
          <Text size="sm">
            <span role="status">{t(`failed.phase.${progress.phase}`)}</span>{' '}
            {progress.phase === 'listing'
              ? t('failed.listing', { n: n(progress.read) })
              : t('failed.resolving', { done: n(progress.done), total: n(progress.total) })}
          </Text>
          <Progress
            value={progress.phase === 'listing' ? 5 : 5 + (95 * progress.done) / Math.max(1, progress.total)}
            aria-label={t('failed.progress')}
          />
        </Stack>
      )}
      {data ? (
        <>
          <Text size="sm" aria-live="polite">
            {t('failed.summary', { read: n(data.read), failed: n(data.failed.length), from: time(data.from), to: time(data.to) })}
          </Text>
          {data.capped && (
            <Alert color="yellow" title={t('failed.cappedTitle')}>
              {t('failed.capped', { n: n(MAX_READ), from: time(data.from), oldest: data.oldest === null ? '—' : time(data.oldest) })}
            </Alert>
          )}
          {data.unknown > 0 && <Text size="sm">{t('failed.unknown', { n: n(data.unknown) })}</Text>}
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            {data.failed.length > 0 ? (
              <FailedTable jobs={data.failed} zone={zone} linkTo={(id) => `/failed/${encodeURIComponent(id)}${search}`} />
            ) : (
              <Text p="lg" ta="center">
                {t(`failed.none.${window}`)}
              </Text>
            )}
          </Paper>
        </>
      ) : error ? (
        <ErrorPanel title={t('failed.loadFailed')} message={errorText(error, t)} onRetry={() => void refetch()} />
      ) : null}
    </Stack>
  );
}
