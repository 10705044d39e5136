import { ActionIcon, Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCancel } from '@tabler/icons-react';
import { lazy, Suspense, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CancelTarget } from './cancel-job-dialog.tsx';
import { isCancellable } from '../../../../contract/job-words.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { Hint } from '../../../components/hint.tsx';
import { ROW_HINT } from '../../../components/row-hints.tsx';
import { useLazyDialog } from '../../../lib/use-lazy-dialog.ts';
import { useCancelJob } from '../api/use-cancel-job.ts';
import { errorText } from '../../../lib/error-text.ts';

const loadDialog = () => import('./cancel-job-dialog.tsx');
const CancelJobDialog = lazy(loadDialog);

interface Props {
  job: CancelTarget;
  /** A full button in the pane, an icon in a table row. */
  compact?: boolean;
  onDeleted?: () => void;
}

/**
 * Cancel one job, after a dialog that says what will happen: a running job is stopped, a
 * queued one is removed for good. The buttons never read just "Cancel".
 */
export function CancelJobButton({ job, compact, onDeleted }: Props) {
  const { jobId, status } = job;
  const { t } = useTranslation();
  // The button takes the focus back itself: it is the same element after a cancel.
  const triggerRef = useRef<HTMLButtonElement>(null);
  const { opened, mounted, open, close } = useLazyDialog(triggerRef);
  const cancel = useCancelJob();
  const cancellable = isCancellable(status);
  const queued = status === 'Queued';

  // A ref, not the mutation's state: a double click lands before React re-renders.
  const sending = useRef(false);
  const confirm = () => {
    if (sending.current) return;
    sending.current = true;
    cancel.mutate(jobId, {
      onSettled: () => {
        sending.current = false;
      },
      onSuccess: (answer) => {
        close();
        // The same words wherever the cancel came from; the server's own (in its language) as detail.
        notifications.show({
          color: 'teal',
          title: queued ? t('cancel.removed', { id: jobId }) : t('cancel.stopped', { id: jobId }),
          message: t('cancel.serverSaid', { message: answer.message }),
        });
        if (queued) onDeleted?.();
      },
      onError: (error) => {
        close();
        const message =
          error instanceof ApiError && !error.reason ? t('cancel.serverSaid', { message: error.message }) : errorText(error, t);
        notifications.show({ color: 'red', title: t('cancel.refused', { id: jobId }), message, autoClose: 10_000 });
      },
    });
  };

  const label = t('cancel.jobLabel', { id: jobId });
  const dialog = mounted && (
    <Suspense>
      <CancelJobDialog opened={opened} job={job} pending={cancel.isPending} onKeep={close} onConfirm={confirm} />
    </Suspense>
  );
  // Disabled the accessible way (aria-disabled, still focusable), so the tooltip with the
  // reason shows on hover and on keyboard focus.
  const state = cancellable
    ? { onClick: open, onPointerEnter: () => void loadDialog(), onFocus: () => void loadDialog() }
    : { 'data-disabled': true, 'aria-disabled': true, onClick: () => undefined };
  const reason = t('cancel.notCancellable', { status: t(`status.${status}`, { defaultValue: status }), context: status });
  const reasonId = useId();
  if (compact) {
    // In a table row: the table's one tooltip shows the reason (components/row-hints.tsx).
    const hint = cancellable ? {} : { [ROW_HINT]: reason, 'aria-describedby': reasonId };
    return (
      <>
        <ActionIcon ref={triggerRef} variant="subtle" color="red" size="sm" aria-label={label} {...state} {...hint}>
          <IconCancel size={16} aria-hidden />
        </ActionIcon>
        {!cancellable && (
          <span id={reasonId} hidden>
            {reason}
          </span>
        )}
        {dialog}
      </>
    );
  }
  return (
    <>
      {/* The same element before and after a cancel, so it can take the focus back when the
          dialog closes. */}
      <Hint label={cancellable ? null : reason} multiline>
        <Button
          ref={triggerRef}
          color="red"
          variant="light"
          leftSection={<IconCancel size={16} aria-hidden />}
          aria-label={label}
          {...state}
        >
          {t('cancel.button')}
        </Button>
      </Hint>
      {dialog}
    </>
  );
}
