/**
 * The one way the dashboard talks to /webapi: adds the bearer token, and turns every
 * failure into an ApiError with the HTTP status and the server's own message.
 */
import { errorMessage } from '../../contract/lenient.ts';
import { takeEarly } from './early-request.ts';
import { queryString, type Query } from './query-string.ts';
import { sessionStore } from './session.ts';

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
  /** Without the session's token (the token request itself). */
  anonymous?: boolean;
  /** A token to use instead of the session's (checking a pasted one). */
  token?: string;
}

let onUnauthorized: (() => void) | null = null;
/** Called on a 401 from a signed-in request; the session layer decides what it means. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export async function apiRequest(path: string, opts: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  const token = opts.token ?? (opts.anonymous ? undefined : sessionStore.get()?.token);
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  const url = `/webapi${path}${queryString(opts.query ?? {})}`;
  try {
    // The same request may already be on its way, sent as the page's first script ran.
    const early = (opts.method ?? 'GET') === 'GET' && token ? takeEarly(url, token) : undefined;
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
  if (res.status === 401 && !opts.anonymous && !opts.token) onUnauthorized?.();
  const told = errorMessage(body);
  if (told) throw new ApiError(res.status, told, body);
  throw new ApiError(res.status, `${res.status} ${res.statusText || 'Error'}`.trim(), body, 'noMessage');
}

export async function apiJson(path: string, opts: RequestOptions = {}): Promise<unknown> {
  const res = await apiRequest(path, opts);
  try {
    return await res.json();
  } catch {
    throw new ApiError(res.status, 'The server sent an answer that is not JSON.', undefined, 'notJson');
  }
}
