import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCount } from '../lib/use-count.ts';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { useBulkCancel, type JobOutcome } from './use-bulk-cancel.ts';
import { useMatchingJobs } from '../api/use-matching-jobs.ts';
import { ErrorPanel } from '../../../components/table-states.tsx';
import type { JobsView } from '../state/view.ts';
import { planBulkCancel } from './bulk-plan.ts';
import { BulkConfirm, needsTyping } from './bulk-confirm.tsx';
import { BulkPreview } from './bulk-preview.tsx';
import { BulkRunView } from './bulk-run-view.tsx';
import { errorText } from '../../../lib/error-text.ts';

export type BulkSource =
  | { kind: 'selected'; rows: LenientJobListItem[] }
  /** `unfiltered`: the view has no filters, so this would touch every job on the server. */
  | { kind: 'matching'; view: JobsView; total: number; unfiltered: boolean };

interface Props {
  source: BulkSource;
  isCurator: boolean;
  onClose: () => void;
  onFinished: (results: JobOutcome[]) => void;
}

/**
 * Cancelling many jobs in three steps: gather them (every page, for "all matching"),
 * preview what will happen, then run with progress, a Stop button and a line per job.
 * It cannot be dismissed while requests are going out.
 */
export function BulkCancelDialog({ source, isCurator, onClose, onFinished }: Props) {
  const { t } = useTranslation();
  const n = useCount();
  const matching = useMatchingJobs(source.kind === 'matching' ? source.view : null, isCurator);
  const jobs = source.kind === 'selected' ? source.rows : matching.jobs;
  const plan = useMemo(() => (jobs ? planBulkCancel(jobs) : null), [jobs]);
  const bulk = useBulkCancel();
  const { phase } = bulk.run;
  const busy = phase === 'running' || phase === 'stopping';
  const phone = useMediaQuery('(max-width: 36em)') ?? false;

  const confirm = async () => {
    if (!plan) return;
    onFinished(await bulk.start(plan.todo));
  };

  const title = phase === 'idle' ? t('bulk.title') : phase === 'done' ? t('bulk.doneTitle') : t('bulk.runningTitle');
  const total = matching.total ?? (source.kind === 'matching' ? source.total : 0);

  return (
    <Modal
      opened
      onClose={busy ? () => undefined : onClose}
      title={title}
      size="xl"
      fullScreen={phone}
      centered
      closeOnClickOutside={!busy}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      {phase !== 'idle' ? (
        <BulkRunView run={bulk.run} onStop={bulk.stop} onClose={onClose} />
      ) : matching.error ? (
        <ErrorPanel title={t('bulk.gatherFailed')} message={errorText(matching.error, t)} onRetry={matching.retry} />
      ) : !plan ? (
        <Stack gap="xs">
          <Text size="sm">{t('bulk.gathering', { fetched: n(matching.fetched), total: n(total) })}</Text>
          <Progress value={total ? (100 * matching.fetched) / total : 0} aria-label={t('bulk.gatheringLabel')} />
        </Stack>
      ) : (
        <Stack>
          <BulkPreview plan={plan} />
          {plan.todo.length > 0 ? (
            <BulkConfirm
              count={plan.todo.length}
              typed={needsTyping(plan.todo.length, source.kind === 'matching' && source.unfiltered && plan.stop > 0)}
              onKeep={onClose}
              onConfirm={() => void confirm()}
            />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('bulk.keep')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
