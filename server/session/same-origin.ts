/**
 * SameSite=Strict already keeps the cookie off other sites' requests; this is the second
 * lock, for browsers or set-ups where that does not hold (an old browser, a sibling
 * subdomain that counts as the same site): a request that changes something must show
 * that it came from the dashboard's own page.
 */
import type { FastifyRequest } from 'fastify';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when a request that carries the session cookie must be refused as cross-site. */
export function crossSiteRefused(request: FastifyRequest): boolean {
  if (!STATE_CHANGING.has(request.method)) return false;
  if (request.headers['sec-fetch-site'] === 'same-origin') return false;
  return request.headers.origin !== `${request.protocol}://${request.host}`;
}
