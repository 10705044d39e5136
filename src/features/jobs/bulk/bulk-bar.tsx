import { Button, Group, Text } from '@mantine/core';
import { IconCancel, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Hint } from '../../../components/hint.tsx';
import { useCount } from '../lib/use-count.ts';
import { MAX_MATCHING } from '../api/matching-jobs.ts';

interface Props {
  selected: number;
  matching: number;
  onCancelSelected: () => void;
  onCancelMatching: () => void;
  onClear: () => void;
}

/** The bulk actions above the table: on the rows picked, or on every job the filters match. */
export function BulkBar({ selected, matching, onCancelSelected, onCancelMatching, onClear }: Props) {
  const { t } = useTranslation();
  const n = useCount();
  const tooMany = matching > MAX_MATCHING;
  const all = (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      leftSection={<IconCancel size={14} aria-hidden />}
      {...(tooMany ? { 'data-disabled': true, 'aria-disabled': true } : { onClick: onCancelMatching })}
    >
      {t('bulk.cancelMatching', { n: n(matching) })}
    </Button>
  );
  return (
    <Group justify="space-between" gap="xs" mih={30} role="toolbar" aria-label={t('bulk.toolbar')}>
      <Group gap="xs">
        <Text size="sm" fw={selected ? 600 : 400} c={selected ? undefined : 'dimmed'} aria-live="polite">
          {selected ? t('bulk.selected', { n: n(selected) }) : t('bulk.hint')}
        </Text>
        {selected > 0 && (
          <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        )}
      </Group>
      <Group gap="xs">
        {selected > 0 && (
          <Button size="xs" color="red" leftSection={<IconCancel size={14} aria-hidden />} onClick={onCancelSelected}>
            {t('bulk.cancelSelected', { n: n(selected) })}
          </Button>
        )}
        {matching > 0 && <Hint label={tooMany ? t('bulk.tooMany', { n: n(MAX_MATCHING) }) : null}>{all}</Hint>}
      </Group>
    </Group>
  );
}
