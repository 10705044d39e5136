import { Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Wide enough for the list and the job side by side. */
export const SIDE_BY_SIDE = '(min-width: 75em)';

/** A list and the job opened from it: side by side on a wide screen, the job alone on a narrow one. */
export function ListWithPane({ list, pane }: { list: ReactNode; pane: ReactNode | null }) {
  const wide = useMediaQuery(SIDE_BY_SIDE);
  if (!pane) return list;
  if (!wide) return pane;
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <div style={{ flex: 1, minWidth: 0 }}>{list}</div>
      <div style={{ width: 560, flex: 'none', position: 'sticky', top: 72 }}>{pane}</div>
    </Group>
  );
}
