/**
 * Log options for Fastify's logger (pino), and what a request writes to the log.
 *
 * At the default level `info` a request writes nothing, so a terminal shows the start banner
 * and then only warnings and errors. At `debug` (or `trace`) each request writes one line when
 * it is answered: method, path, status code and response time in ms. An answer with a 5xx
 * status is a warning, so it is seen at `info` too; Fastify's own error lines stay as they are.
 *
 * Requests are logged by method and path only: no headers (so never an Authorization header
 * or a cookie), no bodies (so never a secret), and no query strings.
 */
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'access_token',
  'client_secret',
  '*.access_token',
  '*.client_secret',
];

const pathOf = (url: string) => url.split('?')[0]!;

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, path: pathOf(req.url), ip: req.ip }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    ...(stream ? { stream } : {}),
  } as FastifyServerOptions['logger'];
}

/**
 * Fastify's request lines, one instead of two: nothing when a request comes in, and on its
 * answer `GET /webapi/v3/jobs 200 3.1 ms` at `debug` (`warn` for a 5xx, `error` if the answer
 * failed). Lines that come once per request at `info` in Fastify (a route not found, a client
 * error, a client that went away) are at `debug` here, and never carry the query string.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const statusCode = reply.statusCode;
    const level = error ? 'error' : statusCode >= 500 ? 'warn' : 'debug';
    const path = pathOf(request.url);
    const responseTime = Math.round(reply.elapsedTime * 10) / 10;
    request.log[level](
      { method: request.method, path, statusCode, responseTime, ...(error ? { err: error } : {}) },
      `${request.method} ${path} ${statusCode} ${responseTime} ms`,
    );
  }

  // The answer's line says 404; Fastify's own would show the query string.
  override routeNotFound(): void {}

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) super.defaultErrorLog(error, request, reply);
    else request.log.debug({ statusCode: reply.statusCode, err: error }, error.message);
  }

  override streamError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
    if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') request.log.debug('client went away before the answer was sent');
    else super.streamError(error, request, reply);
  }
}
