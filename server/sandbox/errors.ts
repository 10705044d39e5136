/** Error answers in the shape of the real server (ASP.NET Web API 2): `{message, modelState?}`. */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export const DENIED = 'Authorization has been denied for this request.';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export const denied = () => new HttpError(401, DENIED);
export const notFound = (what: string) => new HttpError(404, `${what} was not found.`);
export const badRequest = (message: string) => new HttpError(400, message);

/** `statuses/1` → `statuses[1]`, the way ASP.NET names a field in modelState. */
function fieldName(instancePath: string, context: string | undefined): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (parts.length === 0) return context ?? 'request';
  return parts.map((p, i) => (i > 0 && /^\d+$/.test(p) ? `[${p}]` : i > 0 ? `.${p}` : p)).join('');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const modelState: Record<string, string[]> = {};
      for (const issue of error.validation) {
        const key = fieldName(issue.instancePath ?? '', error.validationContext);
        (modelState[key] ??= []).push(issue.message ?? 'Invalid value.');
      }
      return reply.code(400).send({ message: 'The request is invalid.', modelState });
    }
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ message: error.message });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: a body that is not JSON, too large, of an unknown type.
      return reply.code(status).send({ message: error.message });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.code(500).send({ message: 'An error has occurred.' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ message: `No HTTP resource was found that matches the request URI '${request.url.split('?')[0]}'.` });
  });
}
