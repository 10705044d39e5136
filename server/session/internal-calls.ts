/**
 * Requests the server makes of its own /webapi (sign-in, role checks, renewals), through
 * `app.inject`: the same route the browser would reach, so the sandbox and the proxy answer
 * them alike. They carry a per-process mark so that the sign-in rate limit, which is per
 * client address, does not count them against the server itself.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const MARK_HEADER = 'x-alteryx-jobs-internal';

export interface InternalAnswer {
  status: number;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
  text: string;
}

export interface InternalCall {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export interface InternalCalls {
  call(call: InternalCall): Promise<InternalAnswer>;
  /** True for the server's own calls; a client cannot forge the mark. */
  isInternal(request: FastifyRequest): boolean;
  /** Takes the mark off, so nothing past this server ever sees it. */
  unmark(request: FastifyRequest): void;
}

export function internalCalls(app: FastifyInstance): InternalCalls {
  const mark = randomBytes(16).toString('base64url');
  const markBytes = Buffer.from(mark);
  return {
    async call({ method, url, headers, payload }) {
      const res = await app.inject({
        method,
        url,
        headers: { ...headers, 'user-agent': 'alteryx-jobs-dashboard', [MARK_HEADER]: mark },
        ...(payload === undefined ? {} : { payload }),
      });
      let json: unknown;
      try {
        json = JSON.parse(res.body);
      } catch {
        json = undefined;
      }
      return { status: res.statusCode, json, text: res.body };
    },
    isInternal(request) {
      const value = request.headers[MARK_HEADER];
      if (typeof value !== 'string') return false;
      const bytes = Buffer.from(value);
      return bytes.length === markBytes.length && timingSafeEqual(bytes, markBytes);
    },
    unmark(request) {
      Reflect.deleteProperty(request.raw.headers, MARK_HEADER);
    },
  };
}
