import { IconAlertTriangle, IconBan, IconCircleCheck, IconCircleX, IconHelpCircle, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { WordBadge } from './word-badge.tsx';

const LOOK: Record<string, { color: string; icon: Icon }> = {
  Success: { color: 'teal', icon: IconCircleCheck },
  Warning: { color: 'yellow', icon: IconAlertTriangle },
  Error: { color: 'red', icon: IconCircleX },
  Cancelled: { color: 'orange', icon: IconBan },
};
const UNKNOWN = { color: 'gray', icon: IconHelpCircle };

/** How a job ended, as icon, colour and word. Unknown results show as they come. */
export function ResultBadge({ result }: { result: string }) {
  const { t } = useTranslation();
  const look = LOOK[result] ?? UNKNOWN;
  return (
    <WordBadge color={look.color} icon={look.icon}>
      {t(`disposition.${result}`, { defaultValue: result })}
    </WordBadge>
  );
}
