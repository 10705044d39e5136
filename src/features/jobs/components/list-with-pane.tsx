import { Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** A list and the job opened from it: side by side on a wide screen, the job alone on a narrow one. */
export function ListWithPane({ list, pane }: { list: ReactNode; pane: ReactNode | null }) {
  const wide = useMediaQuery('(min-width: 75em)');
  if (!pane) return list;
  if (!wide) return pane;
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <div style={{ flex: 1, minWidth: 0 }}>{list}</div>
      <div style={{ width: 560, flex: 'none', position: 'sticky', top: 72 }}>{pane}</div>
    </Group>
  );
}
