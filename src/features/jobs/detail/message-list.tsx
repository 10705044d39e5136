import { Box, Group, Highlight, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleX, IconFile, IconInfoCircle, IconPoint } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenientMessage } from '../../../../contract/lenient.ts';
import { formatCount } from '../lib/format.ts';
import type { DecodedCode, Level } from '../lib/message-levels.ts';

export interface ShownMessage extends LenientMessage {
  index: number;
  decoded: DecodedCode;
}
export interface MessageListHandle {
  scrollTo(i: number): void;
}

const ICON: Record<Level, { icon: typeof IconPoint; color: string }> = {
  error: { icon: IconCircleX, color: 'red' },
  warning: { icon: IconAlertTriangle, color: 'orange' },
  info: { icon: IconInfoCircle, color: 'blue' },
  file: { icon: IconFile, color: 'teal' },
  other: { icon: IconPoint, color: 'gray' },
};

interface Props {
  messages: ShownMessage[];
  needle: string;
  current: number | null;
  /** Keep the newest line in view as lines arrive, unless the reader scrolled up. */
  follow: boolean;
  ref?: Ref<MessageListHandle>;
}

const ROW = 26;
/** On a phone the text takes a line of its own under the level and tool. */
const ROW_NARROW = 46;

/**
 * Only the lines in view are rendered, so 100,000 of them scroll like 100. Lines have one
 * fixed height (long text ends in "…"), so the list never measures what it draws; a line
 * opened to read in full, and the current search match, are the only ones measured.
 */
export function MessageList({ messages, needle, current, follow, ref }: Props) {
  const { t, i18n } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const rowHeight = narrow ? ROW_NARROW : ROW;
  const scroller = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const isOpen = (i: number) => i === current || opened.has(i);
  // This build does not use the React Compiler, which is what the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  // Which lines are open changed (or the layout did): forget old sizes; open ones measure again.
  const openKey = `${rowHeight}|${current}|${[...opened].join(',')}`;
  useEffect(() => v.measure(), [openKey, v]);
  // A new list (other filters, a search) starts with every line closed.
  const [listSeen, setListSeen] = useState(messages);
  if (listSeen !== messages) {
    setListSeen(messages);
    if (opened.size) setOpened(new Set());
  }
  useImperativeHandle(
    ref,
    () => ({
      scrollTo: (i) => {
        // Bring the log itself into view too: it may sit below the fold of the pane.
        scroller.current?.scrollIntoView({ block: 'nearest' });
        v.scrollToIndex(i, { align: 'center' });
      },
    }),
    [v],
  );
  useEffect(() => {
    if (follow && atEnd.current && messages.length > 0) v.scrollToIndex(messages.length - 1, { align: 'end' });
  }, [follow, messages.length, v]);

  const toggle = (i: number) =>
    setOpened((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  return (
    <Box
      ref={scroller}
      role="log"
      aria-label={t('messages.logName', { n: formatCount(messages.length, i18n.language) })}
      tabIndex={0}
      h={360}
      style={{ overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
      onScroll={(e) => {
        const el = e.currentTarget;
        atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      }}
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => (
          <MessageRow
            key={item.key}
            m={messages[item.index]!}
            index={item.index}
            start={item.start}
            height={rowHeight}
            open={isOpen(item.index)}
            current={item.index === current}
            needle={needle}
            measure={isOpen(item.index) ? v.measureElement : undefined}
            onToggle={toggle}
          />
        ))}
      </div>
    </Box>
  );
}

interface RowProps {
  m: ShownMessage;
  index: number;
  start: number;
  height: number;
  open: boolean;
  current: boolean;
  needle: string;
  measure: ((el: HTMLElement | null) => void) | undefined;
  onToggle: (i: number) => void;
}

function MessageRow({ m, index, start, height, open, current, needle, measure, onToggle }: RowProps) {
  const { t } = useTranslation();
  const { icon: Icon, color } = ICON[m.decoded.level];
  const name = m.decoded.name ? t(`messages.code.${m.decoded.name}`) : t('messages.code.unknown', { code: m.decoded.code });
  const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;
  // The phone layout: the text on a line of its own under the level and tool.
  const twoLines = height > ROW;
  return (
    <Group
      data-index={index}
      ref={measure}
      gap={twoLines ? 4 : 8}
      wrap={twoLines ? 'wrap' : 'nowrap'}
      align="flex-start"
      px="xs"
      py={4}
      bg={current ? 'var(--mantine-color-yellow-light)' : undefined}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        transform: `translateY(${start}px)`,
        ...(open ? { minHeight: height } : { height, overflow: 'hidden' }),
      }}
    >
      <Icon size={14} color={`var(--mantine-color-${color}-6)`} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
      <Text size="xs" fw={600} w={110} style={{ flex: 'none', ...oneLine }}>
        {m.decoded.transient ? t('messages.withTransient', { name }) : name}
      </Text>
      <Text size="xs" c="dimmed" w="11ch" style={{ flex: 'none', whiteSpace: 'nowrap' }} ff="monospace">
        {m.toolId > 0 ? t('messages.tool', { id: m.toolId }) : t('messages.engine')}
      </Text>
      <UnstyledButton
        onClick={() => onToggle(index)}
        aria-expanded={open}
        title={open ? undefined : t('messages.showWhole')}
        style={{ flex: '1 1 240px', minWidth: 0, textAlign: 'left', cursor: 'pointer' }}
      >
        <Highlight
          component="span"
          highlight={needle}
          size="xs"
          ff="monospace"
          display="block"
          style={open ? { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } : oneLine}
        >
          {m.text}
        </Highlight>
      </UnstyledButton>
    </Group>
  );
}
