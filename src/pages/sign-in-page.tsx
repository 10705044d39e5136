import { Alert, Center, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { sessionStore, useSession, useSessionKnown } from '../lib/session.ts';
import { KeyForm, TokenForm } from '../features/auth/sign-in-forms.tsx';

/** Only a path on this site: a `next` of `//evil.example` must not leave it. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const known = useSessionKnown();
  const [reason] = useState(() => sessionStore.lastReason());
  const next = safeNext(params.get('next'));
  if (session) return <Navigate to={next} replace />;
  if (!known) return null;

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
        <Stack>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('signIn.intro')}
          </Text>
          {reason === 'expired' && (
            <Alert color="yellow" role="status" title={t('signIn.expiredTitle')}>
              {t('signIn.expired')}
            </Alert>
          )}
          <Tabs defaultValue="key">
            <Tabs.List grow>
              <Tabs.Tab value="key">{t('signIn.withKey')}</Tabs.Tab>
              <Tabs.Tab value="token">{t('signIn.withToken')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="key" pt="md">
              <KeyForm />
            </Tabs.Panel>
            <Tabs.Panel value="token" pt="md">
              <TokenForm />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Paper>
    </Center>
  );
}
