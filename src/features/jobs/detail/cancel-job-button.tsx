import { ActionIcon, Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCancel } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { useCancelJob } from '../api/use-cancel-job.ts';

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
  const [opened, { open, close }] = useDisclosure(false);
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
  const state = cancellable ? { onClick: open } : { 'data-disabled': true, 'aria-disabled': true, onClick: () => undefined };
  const trigger = compact ? (
    <ActionIcon variant="subtle" color="red" aria-label={label} {...state}>
      <IconCancel size={16} aria-hidden />
    </ActionIcon>
  ) : (
    <Button color="red" variant="light" leftSection={<IconCancel size={16} aria-hidden />} aria-label={label} {...state}>
      {t('cancel.button')}
    </Button>
  );
  const reason = t('cancel.notCancellable', { status: t(`status.${status}`, { defaultValue: status }) });

  return (
    <>
      {/* Always inside the Tooltip (off while it can be cancelled), so the button is the same
          element before and after a cancel, and the dialog can give the focus back to it. */}
      <Tooltip label={reason} disabled={cancellable}>
        {trigger}
      </Tooltip>
      <Modal
        opened={opened}
        onClose={close}
        title={t('cancel.title', { id: jobId })}
        centered
        closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
      >
        <Stack>
          <Text>{queued ? t('cancel.queuedBody') : t('cancel.runningBody')}</Text>
          {queued && (
            <Text fw={700} c="red">
              {t('cancel.cannotUndo')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('cancel.keep')}
            </Button>
            <Button color="red" onClick={confirm} loading={cancel.isPending}>
              {t('cancel.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
