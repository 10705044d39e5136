import { Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

/** Wide enough for the list and the job side by side. */
export const SIDE_BY_SIDE = '(min-width: 75em)';

/**
 * A list and the job opened from it: side by side on a wide screen, the job alone on a narrow
 * one. The list keeps its place in the tree whether a job is open or not, and is only hidden
 * on a narrow screen, so opening or closing a job never rebuilds it (no new request, ticked
 * rows kept, the scroll where it was).
 */
export function ListWithPane({ list, pane }: { list: ReactNode; pane: ReactNode | null }) {
  const wide = useMediaQuery(SIDE_BY_SIDE);
  const listHidden = pane !== null && !wide;
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <div style={{ flex: 1, minWidth: 0, display: listHidden ? 'none' : undefined }}>{list}</div>
      {pane !== null && (
        <div style={wide ? { width: 560, flex: 'none', position: 'sticky', top: 72 } : { flex: 1, minWidth: 0 }}>{pane}</div>
      )}
    </Group>
  );
}
