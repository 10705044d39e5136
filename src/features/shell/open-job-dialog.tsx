import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The "open a job" field in a dialog, where the header has no room for it (a phone). */
export default function OpenJobDialog({ opened, onClose, children }: { opened: boolean; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shell.openJob')} closeButtonProps={{ 'aria-label': t('common.closeDialog') }}>
      {children}
    </Modal>
  );
}
