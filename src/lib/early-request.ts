/**
 * Requests sent as the page's first script runs, before the app has loaded, so that the data
 * and the app's code arrive together rather than one after the other. The app's own request
 * for the same URL takes the answer up instead of asking again.
 */
const MAX_AGE_MS = 10_000;
const early = new Map<string, { at: number; response: Promise<Response> }>();

export function sendEarly(url: string): void {
  const response = fetch(url, { headers: { accept: 'application/json' } });
  // Unclaimed, a failure is nobody's to report: the app asks again.
  response.catch(() => undefined);
  early.set(url, { at: Date.now(), response });
}

/** The early answer to this request, once; undefined when there is none (or it is too old to stand). */
export function takeEarly(url: string): Promise<Response> | undefined {
  const e = early.get(url);
  early.delete(url);
  return e && Date.now() - e.at < MAX_AGE_MS ? e.response : undefined;
}
