/** The two requests behind a job's facts: its JobView's result, and its first error message. */
import { LenientJobView, readAs, readMessages } from '../../../../contract/lenient.ts';
import { MESSAGE_CODES, TRANSIENT_FLAG } from '../../../../contract/message-codes.ts';
import { apiJson } from '../../../lib/api-client.ts';

/** What a JobView adds to a list item. */
export interface JobResultFacts {
  status: string;
  disposition: string | null;
  appId: string | null;
  workerTag: string | null;
  runWithE2: boolean | null;
}

export const resultFacts = (view: LenientJobView): JobResultFacts => ({
  status: view.status,
  disposition: view.disposition,
  appId: view.appId,
  workerTag: view.workerTag,
  runWithE2: view.runWithE2 ?? null,
});

export async function fetchJobResult(jobId: string, signal?: AbortSignal): Promise<JobResultFacts> {
  const body = await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { query: { includeMessages: false }, signal });
  return resultFacts(readAs(LenientJobView, body, 'job'));
}

/** A Curator reads /messages; others find the messages inside the job itself. */
export async function fetchFirstError(jobId: string, isCurator: boolean, signal?: AbortSignal): Promise<string | null> {
  const path = `/v3/jobs/${encodeURIComponent(jobId)}`;
  const messages = isCurator
    ? readMessages(await apiJson(`${path}/messages`, { signal }))
    : readMessages(readAs(LenientJobView, await apiJson(path, { signal }), 'job').messages ?? []);
  const error = messages.find((m) => (m.status & ~TRANSIENT_FLAG) === MESSAGE_CODES.error);
  return error ? error.text : null;
}
