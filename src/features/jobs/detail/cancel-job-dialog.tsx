import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  jobId: string;
  queued: boolean;
  pending: boolean;
  onKeep: () => void;
  onConfirm: () => void;
}

/** The question before a cancel; loaded with the first one, so table rows do not carry a dialog each. */
export default function CancelJobDialog({ opened, jobId, queued, pending, onKeep, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
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
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('cancel.keep')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending}>
            {t('cancel.button')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
