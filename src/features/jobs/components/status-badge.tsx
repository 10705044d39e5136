import { IconBan, IconClock, IconHelpCircle, IconLoader2, IconPlayerPlay, IconProgressCheck, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WordBadge } from './word-badge.tsx';

const LOOK: Record<string, { color: string; icon: Icon }> = {
  Queued: { color: 'gray', icon: IconClock },
  Initializing: { color: 'cyan', icon: IconLoader2 },
  Running: { color: 'blue', icon: IconPlayerPlay },
  // Neutral: whether it went well is the result's to say (ResultBadge), not the status's.
  Completed: { color: 'gray', icon: IconProgressCheck },
  Cancelled: { color: 'orange', icon: IconBan },
};
const UNKNOWN = { color: 'gray', icon: IconHelpCircle };

/** A status as icon, colour and word. Unknown statuses show as they come. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const look = LOOK[status] ?? UNKNOWN;
  return (
    <WordBadge color={look.color} icon={look.icon}>
      {t(`status.${status}`, { defaultValue: status })}
    </WordBadge>
  );
}
