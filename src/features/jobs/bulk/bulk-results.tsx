import { Badge, Box, Group, Switch, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobOutcome, Outcome } from './use-bulk-cancel.ts';

const COLOR: Record<Outcome, string> = { stopped: 'teal', removed: 'teal', failed: 'red', notRun: 'gray' };
const ROW = 30;

/** One line per job, as answers arrive; only the lines in view are drawn, so 2,000 stay light. */
export function BulkResults({ results }: { results: JobOutcome[] }) {
  const { t } = useTranslation();
  const [onlyFailed, setOnlyFailed] = useState(false);
  const failed = results.some((r) => r.outcome === 'failed');
  const shown = onlyFailed ? results.filter((r) => r.outcome === 'failed') : results;
  const scrollRef = useRef<HTMLDivElement>(null);
  // This build does not use the React Compiler, which is what the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 10,
  });

  return (
    <Box>
      {failed && (
        <Switch
          size="xs"
          mb={6}
          label={t('bulk.onlyFailed')}
          checked={onlyFailed}
          onChange={(e) => setOnlyFailed(e.currentTarget.checked)}
        />
      )}
      <Box
        ref={scrollRef}
        tabIndex={0}
        role="list"
        aria-label={t('bulk.results')}
        h={Math.min(240, Math.max(ROW, shown.length * ROW))}
        style={{ overflow: 'auto', border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
      >
        <Box pos="relative" h={virtualizer.getTotalSize()}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = shown[item.index]!;
            return (
              <Group
                key={r.jobId}
                role="listitem"
                gap="xs"
                wrap="nowrap"
                px="xs"
                pos="absolute"
                top={0}
                left={0}
                right={0}
                h={ROW}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <Text ff="monospace" size="xs">
                  {r.jobId}
                </Text>
                <Badge size="sm" variant="light" color={COLOR[r.outcome]}>
                  {t(`bulk.outcome.${r.outcome}`)}
                </Badge>
                <Text size="xs" c="dimmed" truncate>
                  {r.message ?? (r.outcome === 'failed' ? t('cancel.failed') : '')}
                </Text>
              </Group>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
