import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCancel } from '@tabler/icons-react';
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { Hint } from '../../../lib/hint.tsx';
import { useLazyDialog } from '../../../lib/use-lazy-dialog.ts';
import { useCancelJob } from '../api/use-cancel-job.ts';
import { RowIconButton } from '../components/row-icon-button.tsx';

const loadDialog = () => import('./cancel-job-dialog.tsx');
const CancelJobDialog = lazy(loadDialog);

interface Props {
  jobId: string;
  status: string;
  /** A full button in the pane, an icon in a table row. */
  compact?: boolean;
  onDeleted?: () => void;
}

/**
 * Cancel one job, after a dialog that says what will happen: a running job is stopped, a
 * queued one is removed for good. The buttons never read just "Cancel".
 */
export function CancelJobButton({ jobId, status, compact, onDeleted }: Props) {
  const { t } = useTranslation();
  // The button takes the focus back itself: it is the same element after a cancel.
  const triggerRef = useRef<HTMLButtonElement>(null);
  const { opened, mounted, open, close } = useLazyDialog(triggerRef);
  const cancel = useCancelJob();
  const cancellable = status === 'Queued' || status === 'Running';
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
        notifications.show({ color: 'teal', title: t('cancel.done', { id: jobId }), message: answer.message });
        if (queued) onDeleted?.();
      },
      onError: (error) => {
        close();
        const message = error instanceof ApiError ? error.message : t('cancel.failed');
        notifications.show({ color: 'red', title: t('cancel.refused', { id: jobId }), message, autoClose: 10_000 });
      },
    });
  };

  const label = t('cancel.jobLabel', { id: jobId });
  // Disabled the accessible way (aria-disabled, still focusable), so the tooltip with the
  // reason shows on hover and on keyboard focus.
  const state = cancellable
    ? { onClick: open, onPointerEnter: () => void loadDialog(), onFocus: () => void loadDialog() }
    : { 'data-disabled': true, 'aria-disabled': true, onClick: () => undefined };
  const trigger = compact ? (
    <RowIconButton ref={triggerRef} color="red" aria-label={label} {...state}>
      <IconCancel size={16} aria-hidden />
    </RowIconButton>
  ) : (
    <Button ref={triggerRef} color="red" variant="light" leftSection={<IconCancel size={16} aria-hidden />} aria-label={label} {...state}>
      {t('cancel.button')}
    </Button>
  );
  const reason = t('cancel.notCancellable', { status: t(`status.${status}`, { defaultValue: status }) });

  return (
    <>
      {/* The same element before and after a cancel, so it can take the focus back when the
          dialog closes. */}
      <Hint label={cancellable ? null : reason} multiline>
        {trigger}
      </Hint>
      {mounted && (
        <Suspense>
          <CancelJobDialog opened={opened} jobId={jobId} queued={queued} pending={cancel.isPending} onKeep={close} onConfirm={confirm} />
        </Suspense>
      )}
    </>
  );
}
