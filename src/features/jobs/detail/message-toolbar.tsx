import { ActionIcon, Button, Chip, Group, Select, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconAlertOctagon, IconChevronDown, IconChevronUp, IconCopy, IconDownload, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../lib/download.ts';
import { formatCount } from '../lib/format.ts';
import { LEVELS, type Level } from '../lib/message-levels.ts';
import type { ShownMessage } from './message-list.tsx';

interface Props {
  all: ShownMessage[];
  counts: Record<Level, number>;
  levels: Set<Level>;
  onLevels: (l: Set<Level>) => void;
  tool: string | null;
  onTool: (t: string | null) => void;
  query: string;
  onQuery: (q: string) => void;
  matchCount: number;
  match: number;
  onMatch: (i: number) => void;
  onJumpToError: (() => void) | null;
  jobId: string;
}

const asText = (all: ShownMessage[]) => all.map((m) => `${m.decoded.code}\t${m.toolId}\t${m.text}`).join('\n') + '\n';
const csvCell = (v: string | number | boolean) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const asCsv = (all: ShownMessage[]) =>
  [
    'status,code,level,transient,toolId,text',
    ...all.map((m) => [m.status, m.decoded.code, m.decoded.level, m.decoded.transient, m.toolId, m.text].map(csvCell).join(',')),
  ].join('\r\n') + '\r\n';

const DOWNLOADS = [
  { ext: '.txt', build: asText, type: 'text/plain' },
  { ext: '.csv', build: asCsv, type: 'text/csv' },
];

export function MessageToolbar(p: Props) {
  const { t, i18n } = useTranslation();
  const clipboard = useClipboard({ timeout: 2000 });
  const tools = [...new Set(p.all.map((m) => m.toolId))].sort((a, b) => a - b);
  return (
    <Group gap="xs" wrap="wrap">
      <Chip.Group multiple value={[...p.levels]} onChange={(v) => p.onLevels(new Set(v as Level[]))}>
        <Group gap={6} role="group" aria-label={t('messages.levels')}>
          {LEVELS.map((l) => (
            <Chip key={l} value={l} size="xs">
              {t(`messages.level.${l}`)} ({formatCount(p.counts[l], i18n.language)})
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        aria-label={t('messages.toolFilter')}
        placeholder={t('messages.allTools')}
        data={tools.map((id) => ({ value: String(id), label: id > 0 ? t('messages.tool', { id }) : t('messages.engine') }))}
        value={p.tool}
        onChange={p.onTool}
        clearable
        searchable
        size="xs"
        w={130}
      />
      <TextInput
        aria-label={t('messages.search')}
        placeholder={t('messages.search')}
        leftSection={<IconSearch size={14} aria-hidden />}
        value={p.query}
        onChange={(e) => p.onQuery(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && p.onMatch(p.match + (e.shiftKey ? -1 : 1))}
        size="xs"
        w={170}
      />
      {p.query.trim() && (
        <Group gap={2} wrap="nowrap">
          <Text size="xs" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
            {p.matchCount ? t('messages.matchOf', { n: p.match + 1, total: p.matchCount }) : t('messages.noMatches')}
          </Text>
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label={t('messages.previousMatch')}
            onClick={() => p.onMatch(p.match - 1)}
            disabled={!p.matchCount}
          >
            <IconChevronUp size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label={t('messages.nextMatch')}
            onClick={() => p.onMatch(p.match + 1)}
            disabled={!p.matchCount}
          >
            <IconChevronDown size={14} aria-hidden />
          </ActionIcon>
        </Group>
      )}
      {p.onJumpToError && (
        <Button
          size="compact-xs"
          color="red"
          variant="light"
          leftSection={<IconAlertOctagon size={14} aria-hidden />}
          onClick={p.onJumpToError}
        >
          {t('messages.jumpToError')}
        </Button>
      )}
      {/* The text is made on click: a long log is megabytes, too much to rebuild on every render. */}
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconCopy size={14} aria-hidden />}
        onClick={() => clipboard.copy(asText(p.all))}
      >
        {clipboard.copied ? t('messages.copied') : t('messages.copyAll')}
      </Button>
      {DOWNLOADS.map(({ ext, build, type }) => (
        <Button
          key={ext}
          size="compact-xs"
          variant="default"
          leftSection={<IconDownload size={14} aria-hidden />}
          aria-label={t('messages.downloadAs', { format: ext })}
          onClick={() => saveBlob(new Blob([build(p.all)], { type }), `job-${p.jobId}-messages${ext}`)}
        >
          {ext}
        </Button>
      ))}
    </Group>
  );
}
