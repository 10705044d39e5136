import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LenientJobListItem } from '../../../../contract/lenient.ts';
import { useSession } from '../../../lib/session.ts';
import { useFirstError, useFirstErrors } from '../facts/use-job-facts.ts';
import type { Zone } from '../lib/format.ts';
import { completedMs } from '../lib/job-times.ts';
import { TimeCell } from './time-cell.tsx';

function FirstError({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const state = useFirstError(jobId);
  if (state.kind === 'loading') {
    return (
      <Text size="sm" c="dimmed">
        <span aria-hidden>…</span>
        <VisuallyHidden>{t('failed.errorLoading')}</VisuallyHidden>
      </Text>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Text size="sm" c="dimmed">
        {t('failed.errorUnreadable', { message: state.message })}
      </Text>
    );
  }
  return (
    <Text size="sm" c={state.text ? undefined : 'dimmed'} lineClamp={2} title={state.text ?? undefined}>
      {state.text ?? t('failed.noErrorMessage')}
    </Text>
  );
}

/** The failed jobs: which workflow, whose, when it ended, and the first thing its log said went wrong. */
export function FailedTable({ jobs, zone, linkTo }: { jobs: LenientJobListItem[]; zone: Zone; linkTo: (jobId: string) => string }) {
  const { t } = useTranslation();
  const isCurator = useSession()?.role === 'curator';
  const ids = useMemo(() => jobs.map((j) => j.jobId), [jobs]);
  useFirstErrors(ids, isCurator);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label={t('failed.tableName')} highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {(['jobId', 'workflow', 'submittedBy', 'completed', 'firstError'] as const).map((c) => (
              <Table.Th key={c}>{t(`failed.col.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => (
            <Table.Tr key={j.jobId}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(j.jobId)} ff="monospace" size="sm">
                  {j.jobId}
                </Anchor>
              </Table.Td>
              <Table.Td>{j.workflowName || '—'}</Table.Td>
              <Table.Td>{j.submittedBy || '—'}</Table.Td>
              <Table.Td>
                <TimeCell ms={completedMs(j)} zone={zone} />
              </Table.Td>
              <Table.Td maw={420}>
                <FirstError jobId={j.jobId} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
