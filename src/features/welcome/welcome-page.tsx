import { Alert, Anchor, Badge, Button, Container, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../app/i18n.ts';

interface Health {
  status: string;
  mode: 'sandbox' | 'proxy';
}

const healthQuery = queryOptions({
  queryKey: ['health'],
  queryFn: async ({ signal }): Promise<Health> => {
    const res = await fetch('/healthz', { signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as Health;
  },
  retry: false,
});

export function WelcomePage() {
  const { t, i18n } = useTranslation();
  const health = useQuery(healthQuery);
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1}>{t('welcome.title')}</Title>
          <SegmentedControl
            aria-label={t('app.language')}
            value={i18n.language}
            onChange={(lng) => void i18n.changeLanguage(lng)}
            data={LANGUAGES.map((l) => ({ value: l, label: l === 'en' ? 'English' : '日本語' }))}
          />
        </Group>
        <Text>{t('welcome.intro')}</Text>
        <Group gap="xs">
          <Text fw={600}>{t('welcome.server')}:</Text>
          {health.data ? (
            <Badge variant="light">{health.data.mode === 'sandbox' ? t('welcome.sandbox') : t('welcome.proxy')}</Badge>
          ) : health.isError ? (
            <Alert color="red" title={t('welcome.unreachable')}>
              <Button size="xs" variant="light" onClick={() => void health.refetch()}>
                {t('welcome.retry')}
              </Button>
            </Alert>
          ) : (
            <Group gap="xs">
              <Loader size="xs" />
              <Text c="dimmed">{t('welcome.checking')}</Text>
            </Group>
          )}
        </Group>
        <Anchor href="/webapi/swagger/docs/3">{t('welcome.apiDocs')}</Anchor>
      </Stack>
    </Container>
  );
}
