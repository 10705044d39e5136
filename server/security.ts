/**
 * What every answer carries, whatever serves it (page, asset, API or proxy): security
 * headers, compression, and a brake on the token endpoint.
 */
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import zlib from 'node:zlib';
import { SESSION_PATH } from '../contract/session.ts';

export const TOKEN_PATH = '/webapi/oauth2/token';
/** Where a key and secret can be tried: the API's token endpoint, and the dashboard's own sign-in. */
const SIGN_IN_PATHS = new Set([TOKEN_PATH, SESSION_PATH]);

export async function secure(
  app: FastifyInstance,
  opts: { tokenRateLimit: number; inlineScripts: () => string; exempt?: (request: FastifyRequest) => boolean },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // No eval, and no inline script but the page's own, by its hash: the built bundles.
        scriptSrc: ["'self'", () => opts.inlineScripts()],
        // Mantine sets its theme variables in a <style> element and positions popovers with style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only where the page really came over HTTPS (below); over plain HTTP it would be a lie.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });

  // JSON and the bundles compress well (a long log is megabytes of text); what the upstream
  // already compressed is passed on as it is.
  // Brotli at quality 4, not zlib's default 11: it is compressed per request, and 11 took
  // most of a second for the main bundle (the page waited on it) for a few per cent less.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await app.register(rateLimit, { global: false });
  const limit = app.rateLimit({
    max: opts.tokenRateLimit,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many sign-in attempts from this address. Try again in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !SIGN_IN_PATHS.has(request.url.split('?')[0]!) || opts.exempt?.(request)) return;
    await limit.call(app, request, reply);
  });
}
