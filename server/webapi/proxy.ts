/**
 * /webapi/* forwarded to the one Alteryx Server named by ALTERYX_URL, for the browser (the
 * real server sends no CORS headers). Only that host is ever contacted, and only under its
 * path: a request that tries to leave it is refused before anything is sent.
 */
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Agent, request } from 'undici';

export interface ProxyOptions {
  upstream: URL;
  /** Skip TLS certificate checks (ALTERYX_TLS_INSECURE=1). */
  insecure: boolean;
  timeoutMs: number;
  bodyLimit: number;
}

/**
 * Why a path (after /webapi, query included) may not be forwarded, or null when it may.
 * Dot segments, encoded or not, would climb out of the upstream's /webapi once the upstream
 * normalises them; encoded slashes and backslashes would let a segment hide one.
 */
export function refusedPath(rest: string): string | null {
  const path = rest.split('?')[0]!;
  if (!path.startsWith('/') || path.includes('//')) return 'the path must stay under /webapi';
  if (path.includes('\\') || [...path].some((c) => c.charCodeAt(0) < 0x20)) return 'the path has characters that are not allowed';
  if (/%(2f|5c|00)/i.test(path)) return 'the path has an encoded slash';
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 'the path is not valid percent-encoding';
    }
    // `..;x` is read as `..` by some servers.
    const bare = segment.split(';')[0]!;
    if (bare === '.' || bare === '..') return 'the path may not contain . or .. segments';
  }
  return null;
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'it refused the connection',
  ENOTFOUND: 'its host name is not known',
  EAI_AGAIN: 'its host name could not be looked up',
  ECONNRESET: 'it closed the connection',
  EHOSTUNREACH: 'its host cannot be reached',
  UND_ERR_SOCKET: 'the connection failed',
};

/** Headers about one connection, not the message (RFC 9110 §7.6.1): never passed on. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

function withoutHopByHop<H extends Record<string, unknown>>(headers: H): H {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const drop = new Set([...HOP_BY_HOP, ...named]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop.has(name.toLowerCase()))) as H;
}

function errorCode(error: unknown): string {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code ?? '';
}

/** Upstream failures as the dashboard shows them: 504 when it did not answer in time, 502 otherwise. */
export function upstreamFailure(error: unknown, timeoutS: number): { status: 502 | 504; message: string } {
  const code = errorCode(error);
  if (/TIMEOUT/i.test(code) || (error as { statusCode?: number }).statusCode === 504) {
    return { status: 504, message: `The Alteryx Server did not answer within ${timeoutS} s.` };
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/.test(code)) {
    return {
      status: 502,
      message: `The Alteryx Server's TLS certificate is not trusted (${code}). Give its CA to the dashboard with NODE_EXTRA_CA_CERTS.`,
    };
  }
  const reason = REASONS[code] ?? (code ? `the connection failed (${code})` : 'the connection failed');
  return { status: 502, message: `The Alteryx Server could not be reached: ${reason}.` };
}

export async function mountProxy(app: FastifyInstance, opts: ProxyOptions): Promise<void> {
  const prefix = opts.upstream.pathname.replace(/\/+$/, '');
  const timeoutS = Math.round(opts.timeoutMs / 1000);
  await app.register(async (scope) => {
    await scope.register(replyFrom, {
      base: opts.upstream.origin,
      undici: {
        connections: 64,
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
        connect: { rejectUnauthorized: !opts.insecure, timeout: Math.min(opts.timeoutMs, 10_000) },
      },
      // Nothing is sent twice: a cancel must never be repeated behind the user's back.
      retryMethods: [],
      maxRetriesOn503: 0,
      disableRequestLogging: true,
    });
    // Bodies go through as they came, bounded in size.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: opts.bodyLimit }, (_req, body, done) => done(null, body));

    const forward = (request: import('fastify').FastifyRequest, reply: FastifyReply) => {
      const rest = request.url.slice('/webapi'.length) || '/';
      const refused = refusedPath(rest);
      if (refused) return reply.code(400).send({ message: `Not forwarded: ${refused}.` });
      return reply.from(prefix + rest, {
        rewriteRequestHeaders: (_req, headers) => {
          // The dashboard's own cookies and forwarding details are none of the upstream's business.
          const { cookie: _c, 'x-forwarded-for': _f, 'x-forwarded-host': _h, 'x-forwarded-proto': _p, ...rest } = headers;
          return withoutHopByHop(rest);
        },
        rewriteHeaders: (headers) => withoutHopByHop(headers),
        onError: (replyOut, { error }) => {
          const failure = upstreamFailure(error, timeoutS);
          request.log.warn({ code: errorCode(error), status: failure.status }, 'upstream failed');
          return replyOut.code(failure.status).send({ message: failure.message });
        },
      });
    };
    scope.all('/webapi', forward);
    scope.all('/webapi/*', forward);
  });
}

/** For /healthz: does the upstream answer at all (any HTTP status counts)? */
export async function upstreamAnswers(upstream: URL, insecure: boolean): Promise<boolean> {
  const dispatcher = new Agent({ connect: { rejectUnauthorized: !insecure }, headersTimeout: 3000, bodyTimeout: 3000 });
  try {
    const res = await request(upstream.href, { method: 'GET', dispatcher, signal: AbortSignal.timeout(3000) });
    await res.body.dump();
    return true;
  } catch {
    return false;
  } finally {
    await dispatcher.close();
  }
}
