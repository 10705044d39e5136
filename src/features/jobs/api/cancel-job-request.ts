import { LenientMessageResult, readAs } from '../../../../contract/lenient.ts';
import { apiJson } from '../../../lib/api-client.ts';

/** DELETE /v3/jobs/{id}: the server's own answer ("Cancelled Successfully." / "Deleted Successfully."). */
export async function cancelJobRequest(jobId: string): Promise<{ message: string }> {
  return readAs(LenientMessageResult, await apiJson(`/v3/jobs/${encodeURIComponent(jobId)}`, { method: 'DELETE' }), 'cancel answer');
}
