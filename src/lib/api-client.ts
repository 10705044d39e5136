/**
 * The one way the dashboard talks to its server (/webapi and /session): turns every failure
 * into an ApiError with the HTTP status and the server's own message. It sends no token: the
 * session cookie goes with each same-origin request, and the server attaches the token.
 */
import { errorMessage } from '../../contract/lenient.ts';
import { takeEarly } from './early-request.ts';
import { queryString, type Query } from './query-string.ts';

/** Why the dashboard itself (not the server) wrote an ApiError's message, so the UI can say it in the reader's language. */
export type ClientReason = 'unreachable' | 'notJson' | 'noMessage';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown,
    readonly reason?: ClientReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Client errors will fail the same way again; only server and network errors are retried. */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

/** Status 0: the request never got an answer. */
export const NETWORK_ERROR = 0;

export interface RequestOptions {
  method?: string;
  query?: Query;
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** A 401 here is an answer, not a sign that the session ended (signing in, checking the session). */
  anonymous?: boolean;
}

let onUnauthorized: (() => void) | null = null;
/** Called on a 401 from a signed-in request; the session layer decides what it means. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** A request to the Alteryx API, under /webapi. */
export function apiRequest(path: string, opts: RequestOptions = {}): Promise<Response> {
  return serverRequest(`/webapi${path}`, opts);
}

/** A request to the dashboard's own server, by its path (/session). */
export async function serverRequest(path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let res: Response;
  const url = `${path}${queryString(opts.query ?? {})}`;
  try {
    // The same request may already be on its way, sent as the page's first script ran.
    const early = (opts.method ?? 'GET') === 'GET' ? takeEarly(url) : undefined;
    res =
      (await early?.catch(() => undefined)) ??
      (await fetch(url, { method: opts.method ?? 'GET', headers, body: opts.body, signal: opts.signal }));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(NETWORK_ERROR, 'The server could not be reached.', undefined, 'unreachable');
  }
  if (res.ok) return res;
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (res.status === 401 && !opts.anonymous) onUnauthorized?.();
  const told = errorMessage(body);
  if (told) throw new ApiError(res.status, told, body);
  throw new ApiError(res.status, `${res.status} ${res.statusText || 'Error'}`.trim(), body, 'noMessage');
}

export function apiJson(path: string, opts: RequestOptions = {}): Promise<unknown> {
  return serverJson(`/webapi${path}`, opts);
}

export async function serverJson(path: string, opts: RequestOptions = {}): Promise<unknown> {
  const res = await serverRequest(path, opts);
  try {
    return await res.json();
  } catch {
    throw new ApiError(res.status, 'The server sent an answer that is not JSON.', undefined, 'notJson');
  }
}
