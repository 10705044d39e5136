import { Box, Group, Highlight, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleX, IconFile, IconInfoCircle, IconPoint } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenientMessage } from '../../../../contract/lenient.ts';
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

/** Only the lines in view are rendered, so 100,000 of them scroll like 100. */
export function MessageList({ messages, needle, current, follow, ref }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  // This build does not use the React Compiler, which is what the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({ count: messages.length, getScrollElement: () => scroller.current, estimateSize: () => 26, overscan: 20 });
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

  return (
    <Box
      ref={scroller}
      role="log"
      aria-label={t('messages.logName', { count: messages.length })}
      tabIndex={0}
      h={360}
      style={{ overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
      onScroll={(e) => {
        const el = e.currentTarget;
        atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
      }}
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => {
          const m = messages[item.index]!;
          const { icon: Icon, color } = ICON[m.decoded.level];
          const name = m.decoded.name ? t(`messages.code.${m.decoded.name}`) : t('messages.code.unknown', { code: m.decoded.code });
          return (
            <Group
              key={item.key}
              data-index={item.index}
              ref={v.measureElement}
              gap={8}
              wrap="nowrap"
              align="flex-start"
              px="xs"
              py={3}
              bg={item.index === current ? 'var(--mantine-color-yellow-light)' : undefined}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              <Icon size={14} color={`var(--mantine-color-${color}-6)`} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
              <Text size="xs" fw={600} w={110} style={{ flex: 'none' }}>
                {name}
                {m.decoded.transient ? ` · ${t('messages.transient')}` : ''}
              </Text>
              <Text size="xs" c="dimmed" w={56} style={{ flex: 'none' }} ff="monospace">
                {m.toolId > 0 ? t('messages.tool', { id: m.toolId }) : t('messages.engine')}
              </Text>
              <Highlight highlight={needle} size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
                {m.text}
              </Highlight>
            </Group>
          );
        })}
      </div>
    </Box>
  );
}
