import { ActionIcon, Kbd, TextInput, type TextInputProps } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLazyDialog } from '../../lib/use-lazy-dialog.ts';

// Only a phone, or Ctrl+K with the header field hidden, needs the dialog.
const OpenJobDialog = lazy(() => import('./open-job-dialog.tsx'));

/** Open any job by its id, from anywhere: the header field (a button on a phone), or Ctrl+K / ⌘K. */
export function OpenJobSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [id, setId] = useState('');
  const { opened: dialog, mounted, open, close } = useLazyDialog();
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['mod+K', () => (input.current?.offsetParent ? input.current.focus() : open())]], []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const jobId = id.trim();
    if (!jobId) return;
    setId('');
    input.current?.blur();
    close();
    void navigate(`/jobs/${encodeURIComponent(jobId)}`);
  };
  const field = (props: Omit<TextInputProps, 'ref'> & { ref?: typeof input }) => (
    <TextInput
      aria-label={t('shell.openJob')}
      placeholder={t('shell.openJobPlaceholder')}
      value={id}
      onChange={(e) => setId(e.currentTarget.value)}
      leftSection={<IconSearch size={16} aria-hidden />}
      {...props}
    />
  );
  return (
    <>
      <form onSubmit={submit} role="search">
        {field({
          ref: input,
          rightSection: <Kbd size="xs">Ctrl K</Kbd>,
          rightSectionWidth: 56,
          w: { base: 180, sm: 260 },
          visibleFrom: 'sm',
        })}
      </form>
      <ActionIcon variant="default" size="lg" hiddenFrom="sm" aria-label={t('shell.openJob')} onClick={open}>
        <IconSearch size={18} aria-hidden />
      </ActionIcon>
      {mounted && (
        <Suspense>
          <OpenJobDialog opened={dialog} onClose={close}>
            <form onSubmit={submit}>{field({ 'data-autofocus': true } as Omit<TextInputProps, 'ref'>)}</form>
          </OpenJobDialog>
        </Suspense>
      )}
    </>
  );
}
