/**
 * The secret the session cookies are sealed with: SESSION_SECRET, or else one made at the
 * first start and kept in a file, so that a restart does not sign everyone out.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const MIN_SECRET_CHARS = 32;

export type SecretSource = { from: 'env' } | { from: 'file'; file: string; created: boolean };

export function sessionSecret(env: { SESSION_SECRET?: string; SESSION_SECRET_FILE: string }): { secret: string; source: SecretSource } {
  if (env.SESSION_SECRET !== undefined) return { secret: env.SESSION_SECRET, source: { from: 'env' } };
  const file = env.SESSION_SECRET_FILE;
  let created = false;
  let secret: string;
  try {
    if (!existsSync(file)) created = createOnce(file, randomBytes(32).toString('base64url'));
    secret = readFileSync(file, 'utf8').trim();
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new Error(
      `Cannot keep the session secret in ${file} (${reason}): set SESSION_SECRET, or SESSION_SECRET_FILE to a writable place.`,
    );
  }
  if (secret.length < MIN_SECRET_CHARS) {
    throw new Error(`Invalid session secret: ${file} holds fewer than ${MIN_SECRET_CHARS} characters (delete it to have a new one made).`);
  }
  return { secret, source: { from: 'file', file, created } };
}

/**
 * Writes the file only if there is none: written whole under another name, then linked into
 * place, so two servers starting at once both end up with the same secret, never half of one.
 */
function createOnce(file: string, content: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(partial, `${content}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(partial, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(partial);
  }
}
