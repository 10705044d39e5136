import { Badge } from '@mantine/core';
import { IconBan, IconClock, IconHelpCircle, IconLoader2, IconPlayerPlay, IconProgressCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const LOOK: Record<string, { color: string; icon: typeof IconClock }> = {
  Queued: { color: 'gray', icon: IconClock },
  Initializing: { color: 'cyan', icon: IconLoader2 },
  Running: { color: 'blue', icon: IconPlayerPlay },
  // Neutral: whether it went well is the result's to say (ResultBadge), not the status's.
  Completed: { color: 'gray', icon: IconProgressCheck },
  Cancelled: { color: 'orange', icon: IconBan },
};

/** A status as icon, colour and word: never colour alone. Unknown statuses show as they come. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const look = LOOK[status] ?? { color: 'gray', icon: IconHelpCircle };
  const Icon = look.icon;
  return (
    // max-content: in a crowded table the word must show whole, not as "Compl…".
    <Badge color={look.color} variant="light" tt="none" leftSection={<Icon size={14} aria-hidden />} style={{ minWidth: 'max-content' }}>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
