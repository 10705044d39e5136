import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../lib/clock.ts';
import { humanDuration } from '../lib/format.ts';
import { runTimeMs } from '../lib/job-times.ts';

/** The job to cancel: its id and status, and what the list knows of it, for the dialog to name. */
export type CancelTarget = Pick<LenientJobListItem, 'jobId' | 'status'> &
  Partial<Pick<LenientJobListItem, 'workflowName' | 'submittedBy' | 'startTime' | 'executionTime' | 'queueTime'>>;

interface Props {
  opened: boolean;
  job: CancelTarget;
  pending: boolean;
  onKeep: () => void;
  onConfirm: () => void;
}

/** The question before a cancel; loaded with the first one, so table rows do not carry a dialog each. */
export default function CancelJobDialog({ opened, job, pending, onKeep, onConfirm }: Props) {
  const { t, i18n } = useTranslation();
  const queued = job.status === 'Queued';
  const nowMs = useNow(1000);
  const ran = queued ? null : runTimeMs(job, nowMs, 0);
  const facts = [
    { label: t('detail.workflow'), value: job.workflowName },
    { label: t('detail.submittedBy'), value: job.submittedBy },
    { label: t('cancel.runningFor'), value: ran === null ? undefined : humanDuration(ran, i18n.language) },
  ].filter((f) => f.value);
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('cancel.title', { id: job.jobId })}
      centered
      closeButtonProps={{ 'aria-label': t('common.closeDialog') }}
    >
      <Stack>
        {facts.length > 0 && (
          <Table variant="vertical" withTableBorder aria-label={t('cancel.whichJob')}>
            <Table.Tbody>
              {facts.map((f) => (
                <Table.Tr key={f.label}>
                  <Table.Th w={140}>{f.label}</Table.Th>
                  <Table.Td>{f.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
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
