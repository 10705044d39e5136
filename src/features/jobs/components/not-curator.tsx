import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A non-Curator cannot list all jobs: say so, and offer what they can do, open one by id. */
export function NotCurator() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [id, setId] = useState('');
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (id.trim()) void navigate(`/jobs/${encodeURIComponent(id.trim())}`);
  };
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('jobs.title')}
      </Title>
      <Alert color="blue" icon={<IconLock aria-hidden />} title={t('notCurator.title')} role="note">
        <Text size="sm">{t('notCurator.body')}</Text>
      </Alert>
      <form onSubmit={open}>
        <Group align="flex-end">
          <TextInput label={t('notCurator.jobId')} value={id} onChange={(e) => setId(e.currentTarget.value)} required style={{ flex: 1 }} />
          <Button type="submit">{t('notCurator.open')}</Button>
        </Group>
      </form>
    </Stack>
  );
}
