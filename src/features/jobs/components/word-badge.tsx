import { Badge } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

/** A word with its icon and colour: never colour alone. */
export function WordBadge({ color, icon: Glyph, children }: { color: string; icon: Icon; children: string }) {
  return (
    // max-content: in a crowded table the word must show whole, not as "Compl…".
    <Badge color={color} variant="light" tt="none" leftSection={<Glyph size={14} aria-hidden />} style={{ minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}
