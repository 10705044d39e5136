/**
 * OAuth2 client credentials, as the real server does it: a key and secret (form body or
 * HTTP Basic) buy a bearer token that lives a fixed time. Only a hash of each token is kept.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Tokens } from './data/tokens.ts';
import type { Caller } from './data/users.ts';
import { denied } from './errors.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

export function hashToken(token: string): string {
  return sha256(token).toString('hex');
}

export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}

export function issueToken(tokens: Tokens, userId: string, ttlS: number, nowMs: number): string {
  const token = randomBytes(32).toString('base64url');
  tokens.add(hashToken(token), userId, nowMs + ttlS * 1000, nowMs);
  return token;
}

/** Key and secret from `Authorization: Basic`, which wins over the form body. */
export function basicCredentials(header: string | undefined): { key: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  return { key: formDecode(text.slice(0, colon)), secret: formDecode(text.slice(colon + 1)) };
}

/** RFC 6749 form-encodes Basic credentials; clients that don't send raw text instead. */
function formDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call a route: any signed-in user, or Curators only. */
    auth?: 'user' | 'curator';
  }
  interface FastifyRequest {
    caller?: Caller;
  }
}

/**
 * Checks the token before anything else about the request, so that a caller without one
 * learns nothing from validation errors.
 */
export function authenticate(request: FastifyRequest, tokens: Tokens, nowMs: number): void {
  const auth = request.routeOptions.config.auth;
  if (auth === 'user') request.caller = callerOf(request, tokens, nowMs);
  if (auth === 'curator') request.caller = curatorOf(request, tokens, nowMs);
}

/** The signed-in caller of a route that has `auth` set. */
export function caller(request: FastifyRequest): Caller {
  if (!request.caller) throw denied();
  return request.caller;
}

function callerOf(request: FastifyRequest, tokens: Tokens, nowMs: number): Caller {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  if (!m) throw denied();
  const caller = tokens.callerByHash(hashToken(m[1]!), nowMs);
  if (!caller) throw denied();
  return caller;
}

function curatorOf(request: FastifyRequest, tokens: Tokens, nowMs: number): Caller {
  const caller = callerOf(request, tokens, nowMs);
  if (caller.role !== 'Curator') throw denied();
  return caller;
}
