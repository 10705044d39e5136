import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconHandStop } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCount } from '../lib/use-count.ts';
import type { BulkRun, Outcome } from './use-bulk-cancel.ts';
import { BulkResults } from './bulk-results.tsx';

interface Props {
  run: BulkRun;
  onStop: () => void;
  onClose: () => void;
}

/** The run as it goes: how far, what came of it, and Stop; then Close. */
export function BulkRunView({ run, onStop, onClose }: Props) {
  const { t } = useTranslation();
  const n = useCount();
  const counts = useMemo(() => {
    const c: Record<Outcome, number> = { stopped: 0, removed: 0, failed: 0, notRun: 0 };
    for (const r of run.results) c[r.outcome]++;
    return c;
  }, [run.results]);
  const answered = counts.stopped + counts.removed + counts.failed;
  const done = run.phase === 'done';

  return (
    <Stack gap="sm">
      <Progress
        value={run.total ? (100 * (answered + counts.notRun)) / run.total : 100}
        color={counts.failed ? 'orange' : 'teal'}
        size="lg"
        aria-label={t('bulk.progressLabel')}
      />
      {/* Announced as it changes, and read once more when the run ends. */}
      <Text size="sm" role="status" aria-live="polite">
        {done
          ? t('bulk.finished', { done: n(answered), total: n(run.total) })
          : t('bulk.progress', { done: n(answered), total: n(run.total) })}{' '}
        {t('bulk.counts', {
          stopped: n(counts.stopped),
          removed: n(counts.removed),
          failed: n(counts.failed),
        })}
        {counts.notRun > 0 && ` ${t('bulk.notRunCount', { n: n(counts.notRun) })}`}
      </Text>
      <BulkResults results={run.results} />
      <Group justify="flex-end">
        {done ? (
          <Button onClick={onClose} data-autofocus>
            {t('bulk.close')}
          </Button>
        ) : (
          <Button
            color="red"
            variant="outline"
            leftSection={<IconHandStop size={16} aria-hidden />}
            onClick={onStop}
            loading={run.phase === 'stopping'}
          >
            {t('bulk.stop')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
