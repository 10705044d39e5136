import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFile } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenientOutput } from '../../../../contract/lenient.ts';
import { downloadWithProgress } from '../lib/download.ts';
import { errorText } from '../../../lib/error-text.ts';

function OutputRow({ jobId, output }: { jobId: string; output: LenientOutput }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: string) => {
    setError(null);
    setProgress(null);
    try {
      await downloadWithProgress(
        `/v1/jobs/${encodeURIComponent(jobId)}/output/${encodeURIComponent(output.id)}`,
        { format },
        output.fileName,
        setProgress,
      );
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <IconFile size={16} aria-hidden />
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {output.fileName}
          </Text>
        </Group>
        <Group gap={6}>
          {output.availableFormats.map((format) => (
            <Button
              key={format}
              size="compact-sm"
              variant="light"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() => void download(format)}
              disabled={progress !== undefined}
              aria-label={t('outputs.downloadAs', {
                file: output.fileName,
                format: t(`outputs.format.${format}`, { defaultValue: format }),
              })}
            >
              {t(`outputs.format.${format}`, { defaultValue: format })}
            </Button>
          ))}
        </Group>
      </Group>
      {progress !== undefined && (
        <Progress
          value={progress === null ? 100 : progress * 100}
          animated={progress === null}
          size="sm"
          aria-label={t('outputs.progress', { file: output.fileName })}
        />
      )}
      {error && (
        <Alert color="red" role="alert" title={t('outputs.failed', { file: output.fileName })}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}

export function JobOutputs({ jobId, outputs }: { jobId: string; outputs: LenientOutput[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('outputs.title')}
      </Title>
      {outputs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('outputs.none')}
        </Text>
      ) : (
        outputs.map((o) => <OutputRow key={o.id} jobId={jobId} output={o} />)
      )}
    </Stack>
  );
}
