import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCount } from '../lib/use-count.ts';

/** Above this many jobs a cancel asks for their number to be typed before it arms. */
export const TYPED_FROM = 25;

/** Whether this cancel does enough to ask for the number typed out. */
export const needsTyping = (count: number, stopsRunningUnfiltered: boolean) => count > TYPED_FROM || stopsRunningUnfiltered;

interface Props {
  count: number;
  typed: boolean;
  onKeep: () => void;
  onConfirm: () => void;
}

/** Keep, or cancel the jobs; a big or unfiltered cancel first asks for how many, typed. */
export function BulkConfirm({ count, typed, onKeep, onConfirm }: Props) {
  const { t } = useTranslation();
  const n = useCount();
  const [text, setText] = useState('');
  // "1,234", "1 234" and "1234" all say the same number.
  const armed = !typed || Number(text.replace(/[\s,.'’]/g, '')) === count;
  return (
    <Stack gap="sm">
      {typed && (
        <TextInput
          label={t('bulk.typeLabel', { n: n(count) })}
          description={t('bulk.typeHelp')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          inputMode="numeric"
          autoComplete="off"
          w={320}
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {t('bulk.keep')}
        </Button>
        <Button color="red" onClick={onConfirm} disabled={!armed}>
          {t('bulk.confirm', { n: n(count) })}
        </Button>
      </Group>
    </Stack>
  );
}
