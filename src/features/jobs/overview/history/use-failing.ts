/**
 * Which workflows failed most, by error results. Results are not in list items: they come from
 * the job facts (the jobs table's Result column), one JobView per unknown job, so only a
 * bounded, stated sample is asked: the window's newest finished jobs.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { workflowKey } from '../../../../../contract/job-words.ts';
import { jobKeys } from '../../api/query-keys.ts';
import { jobFacts } from '../../facts/job-facts.ts';
import type { FinishedJob } from '../../history/finished-job.ts';

export const FAILING_SAMPLE = 300;

export interface FailingRow {
  name: string;
  errors: number;
  known: number;
}

export function useFailing(windowJobs: readonly FinishedJob[] | undefined) {
  const [done, setDone] = useState(0);
  const sample = useMemo(
    () => (windowJobs ? [...windowJobs].sort((a, b) => (b.endMs ?? 0) - (a.endMs ?? 0)).slice(0, FAILING_SAMPLE) : []),
    [windowJobs],
  );
  // The newest job and how many there are name the sample (finished jobs only join it at the
  // top); a new one asks again, and the facts fetch only its result. The progress setter does
  // not change the answer.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: jobKeys.history('failing', sample[0]?.jobId ?? '', sample.length),
    enabled: windowJobs !== undefined,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const refs = sample.map((j) => ({ jobId: j.jobId, status: 'Completed', queuedAt: new Date(j.queuedMs).toISOString() }));
      await jobFacts.resolve(refs, signal, setDone);
      const rows = new Map<string, FailingRow>();
      let known = 0;
      for (const j of sample) {
        const result = jobFacts.get(j.jobId)?.disposition;
        if (!result || result === 'None') continue;
        known++;
        const key = workflowKey(j.workflowName);
        const row = rows.get(key) ?? { name: j.workflowName, errors: 0, known: 0 };
        row.known++;
        if (result === 'Error') row.errors++;
        rows.set(key, row);
      }
      const failing = [...rows.values()].filter((r) => r.errors > 0).sort((a, b) => b.errors - a.errors || a.name.localeCompare(b.name));
      return { failing, known, asked: sample.length };
    },
  });
  return { query, done, asked: sample.length };
}
