import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { healthQuery } from '../../lib/health.ts';
import { Hint } from '../../components/hint.tsx';

/** Which server the dashboard is talking to: the sandbox or a real one. */
export function ServerBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(healthQuery);
  if (!data) return null;
  const label = data.mode === 'sandbox' ? t('shell.sandbox') : (data.upstream ?? t('shell.alteryxServer'));
  return (
    <Hint label={t('shell.serverTooltip', { server: label })}>
      <Badge variant="light" color={data.mode === 'sandbox' ? 'grape' : 'blue'} visibleFrom="xs" tt="none">
        {label}
      </Badge>
    </Hint>
  );
}
