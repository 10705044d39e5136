import { ActionIcon, Alert, Button, Group, Loader, Paper, ScrollArea, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconX } from '@tabler/icons-react';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api-client.ts';
import { useSession } from '../../../lib/session.ts';
import { isActive } from '../../../../contract/job-words.ts';
import { jobDetailQueries } from '../api/job-detail-queries.ts';
import { SIDE_BY_SIDE } from '../components/list-with-pane.tsx';
import { ErrorPanel } from '../../../components/table-states.tsx';
import { useJobsView } from '../state/use-jobs-view.ts';
import { CancelJobButton } from '../cancel/cancel-job-button.tsx';
import { JobFields } from './job-fields.tsx';
import { JobOutputs } from './job-outputs.tsx';
import { MessageViewer } from './message-viewer.tsx';
import { ItemNote } from './item-note.tsx';
import { useJobItem } from './use-job-item.ts';
import { errorText } from '../../../lib/error-text.ts';

/** The job beside the list: a landmark named after the job, with everything about it. */
export function JobPane({ jobId, closeTo }: { jobId: string; closeTo?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { search } = useLocation();
  const job = useQuery(jobDetailQueries.detail(jobId));
  const isCurator = session?.role === 'curator';
  const facts = useJobItem(jobId, job.data, isCurator);
  const [{ tz: zone }] = useJobsView();
  // Beside the list the pane scrolls on its own; alone (on a phone) the page scrolls.
  const besideList = useMediaQuery(SIDE_BY_SIDE);
  const backToList = closeTo ?? `/jobs${search}`;
  const notFound = job.error instanceof ApiError && job.error.status === 404;
  // Opening a job moves the focus to it, so a keyboard user continues in the pane rather
  // than somewhere in the rows behind it.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), [jobId]);

  return (
    <Paper component="section" aria-label={t('detail.paneName', { id: jobId })} withBorder radius="md" p="md" h="100%">
      <Stack gap="md" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          {/* Focused on opening only to place the reader; not a control, so no ring around it. */}
          <Title order={2} size="h4" style={{ wordBreak: 'break-all', outline: 'none' }} ref={titleRef} tabIndex={-1}>
            {t('detail.title', { id: jobId })}
          </Title>
          <ActionIcon variant="subtle" component={Link} to={backToList} aria-label={t('detail.close', { id: jobId })}>
            <IconX size={18} aria-hidden />
          </ActionIcon>
        </Group>
        {job.data ? (
          <ScrollArea.Autosize mah={besideList ? 'calc(100dvh - 190px)' : undefined} offsetScrollbars={besideList} type="auto">
            <Stack gap="lg">
              <Group>
                <CancelJobButton job={{ ...facts.item, jobId, status: job.data.status }} onDeleted={() => void navigate(backToList)} />
              </Group>
              <JobFields job={job.data} item={facts.item} fetchedAt={facts.fetchedAt} workflowName={facts.workflowName} zone={zone} />
              <ItemNote reason={facts.reason} error={facts.error} />
              <JobOutputs jobId={jobId} outputs={job.data.outputs} />
              <MessageViewer jobId={jobId} isCurator={isCurator} active={isActive(job.data.status)} />
            </Stack>
          </ScrollArea.Autosize>
        ) : notFound ? (
          <Alert color="yellow" title={t('detail.notFoundTitle')} role="alert">
            <Stack gap="sm" align="flex-start">
              {t('detail.notFound')}
              <Button component={Link} to={backToList} variant="light" size="xs">
                {t('detail.backToList')}
              </Button>
            </Stack>
          </Alert>
        ) : job.error ? (
          <ErrorPanel title={t('detail.loadFailed')} message={errorText(job.error, t)} onRetry={() => void job.refetch()} />
        ) : (
          <Loader aria-label={t('detail.loading')} />
        )}
      </Stack>
    </Paper>
  );
}
