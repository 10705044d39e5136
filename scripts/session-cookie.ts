/**
 * Prints a Curator's session cookie (`alteryx-jobs.session=…`) for a dashboard started with the
 * same SESSION_SECRET, for tools that sign in by cookie (../shared/bench/side-by-side.sh's
 * COOKIE). It holds the key and secret and a token already run out, so the server gets a fresh
 * token on the first request, as it does for any session whose token has expired.
 *
 *   SESSION_SECRET=… npx tsx scripts/session-cookie.ts [key] [secret]
 */
import { SESSION_COOKIE } from '../contract/session.ts';
import { MIN_SECRET_CHARS } from '../server/session/secret.ts';
import { sealKey } from '../server/session/seal.ts';
import { newSessionId, sealSession } from '../server/session/session-state.ts';

const secret = process.env.SESSION_SECRET ?? '';
if (secret.length < MIN_SECRET_CHARS) {
  console.error(`Set SESSION_SECRET (at least ${MIN_SECRET_CHARS} characters), the same as the dashboard's.`);
  process.exit(1);
}
const [apiKey = 'admin-key', apiSecret = 'admin-secret'] = process.argv.slice(2);
const now = Date.now();
const value = sealSession(sealKey(secret), {
  id: newSessionId(),
  token: 'expired',
  tokenExpiresAt: 0,
  apiKey,
  apiSecret,
  role: 'curator',
  issuedAt: now,
  expiresAt: now + 8 * 3600_000,
});
console.log(`${SESSION_COOKIE}=${value}`);
