import { Badge } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Hint } from '../../lib/hint.tsx';

interface Health {
  mode: 'sandbox' | 'proxy';
  upstream?: string;
}

const healthQuery = queryOptions({
  queryKey: ['health'],
  queryFn: async ({ signal }): Promise<Health> => {
    const res = await fetch('/healthz', { signal });
    // 503: a proxy whose Alteryx Server does not answer; it still says which server it is.
    if (!res.ok && res.status !== 503) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as Health;
  },
  staleTime: Infinity,
});

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
