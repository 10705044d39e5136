import { Alert, Button, PasswordInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';
import { sessionStore, type Session } from '../../lib/session.ts';
import { signInWithKey, signInWithToken } from './auth-api.ts';
import { errorText } from '../../lib/error-text.ts';

function useSignIn<T>(signIn: (input: T) => Promise<Session>) {
  return useMutation({ mutationFn: signIn, onSuccess: (session) => sessionStore.start(session) });
}

function SignInError({ error, wrongKey }: { error: Error | null; wrongKey: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  // The token endpoint answers bad credentials with 400, a bad token gets 401.
  const refused = error instanceof ApiError && (error.status === 400 || error.status === 401);
  return (
    <Alert color="red" role="alert" title={refused ? wrongKey : t('signIn.failed')}>
      {refused ? t('signIn.checkAndRetry') : errorText(error, t)}
    </Alert>
  );
}

export function KeyForm() {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const signIn = useSignIn((c: { key: string; secret: string }) => signInWithKey(c.key, c.secret));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ key: key.trim(), secret });
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('signIn.apiKey')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          required
          autoComplete="username"
        />
        <PasswordInput
          label={t('signIn.apiSecret')}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          required
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('signIn.showSecret') }}
        />
        <Text size="xs" c="dimmed">
          {t('signIn.keyHelp')}
        </Text>
        <SignInError error={signIn.error} wrongKey={t('signIn.wrongKey')} />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function TokenForm() {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const signIn = useSignIn((value: string) => signInWithToken(value));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate(token.trim().replace(/^Bearer\s+/i, ''));
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Textarea
          label={t('signIn.accessToken')}
          value={token}
          onChange={(e) => setToken(e.currentTarget.value)}
          required
          autosize
          minRows={2}
        />
        <SignInError error={signIn.error} wrongKey={t('signIn.wrongToken')} />
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
