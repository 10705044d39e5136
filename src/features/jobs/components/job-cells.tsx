/** The cells that work something out: a job's result, its live times, when it ended. */
import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../lib/clock.ts';
import { useJobResult } from '../facts/use-job-facts.ts';
import { humanDuration } from '../lib/format.ts';
import { completedMs, queueWaitMs, runTimeAsSent, runTimeMs } from '../lib/job-times.ts';
import cells from './job-cells.module.css';
import type { LenientJobListItem as JobRow } from '../../../../contract/lenient.ts';
import { ResultBadge } from './result-badge.tsx';
import { useTableContext } from './table-context.ts';
import { TimeCell } from './time-cell.tsx';

const dash = <span className={cells.dimmed}>—</span>;

/** "…" until the job's result arrives (the table never waits for it), then the result. */
export function ResultCell({ job }: { job: Pick<JobRow, 'jobId' | 'status'> }) {
  const { t } = useTranslation();
  const state = useJobResult(job.jobId, job.status);
  if (state.kind === 'known') return <ResultBadge result={state.result} />;
  if (state.kind === 'none') return dash;
  // The mark is for the eye; the words are for screen readers, and for the hover.
  if (state.kind === 'failed') {
    const why = state.message === null ? t('result.notGiven') : t('result.unreadable', { message: state.message });
    return (
      <span className={cells.dimmed} title={why}>
        <span aria-hidden>?</span>
        <VisuallyHidden>{why}</VisuallyHidden>
      </span>
    );
  }
  return (
    <span className={cells.dimmed}>
      <span aria-hidden>…</span>
      <VisuallyHidden>{t('result.loading')}</VisuallyHidden>
    </span>
  );
}

function Duration({ ms }: { ms: number | null }) {
  const { i18n } = useTranslation();
  return ms === null ? dash : <span className={cells.nowrap}>{humanDuration(ms, i18n.language)}</span>;
}

/** A live job's times follow the page's clock each second; a finished job's never change. */
function LiveDuration({ of }: { of: (nowMs: number, fetchedAt: number) => number | null }) {
  const { fetchedAt } = useTableContext();
  const nowMs = useNow(1000);
  return <Duration ms={of(nowMs, fetchedAt)} />;
}

export function QueueWaitCell({ job }: { job: JobRow }) {
  if (job.status === 'Queued') return <LiveDuration of={(now) => queueWaitMs(job, now)} />;
  return <Duration ms={queueWaitMs(job, 0)} />;
}

export function RunTimeCell({ job }: { job: JobRow }) {
  if (job.status === 'Running') return <LiveDuration of={(now, fetchedAt) => runTimeMs(job, now, fetchedAt)} />;
  const asSent = runTimeAsSent(job);
  if (asSent !== null) return <AsSent text={asSent} />;
  return <Duration ms={runTimeMs(job, 0, 0)} />;
}

/** A value the server wrote in a form the dashboard does not read, shown as it came. */
export function AsSent({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <span className={cells.nowrap} title={t('jobs.asSent')}>
      {text}
    </span>
  );
}

export function CompletedCell({ job }: { job: JobRow }) {
  const { zone } = useTableContext();
  return <TimeCell ms={completedMs(job)} zone={zone} />;
}
