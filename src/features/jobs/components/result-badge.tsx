import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCircleCheck, IconCircleX, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const LOOK: Record<string, { color: string; icon: typeof IconCircleCheck }> = {
  Success: { color: 'teal', icon: IconCircleCheck },
  Warning: { color: 'yellow', icon: IconAlertTriangle },
  Error: { color: 'red', icon: IconCircleX },
  Cancelled: { color: 'orange', icon: IconBan },
};

/** How a job ended, as icon, colour and word: never colour alone. Unknown results show as they come. */
export function ResultBadge({ result }: { result: string }) {
  const { t } = useTranslation();
  const look = LOOK[result] ?? { color: 'gray', icon: IconHelpCircle };
  const Icon = look.icon;
  return (
    <Badge color={look.color} variant="light" tt="none" leftSection={<Icon size={14} aria-hidden />} style={{ minWidth: 'max-content' }}>
      {t(`disposition.${result}`, { defaultValue: result })}
    </Badge>
  );
}
