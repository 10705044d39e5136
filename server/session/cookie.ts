/** The session cookie's header, both ways. Only this one cookie is read; the others are not ours. */
import { SESSION_COOKIE } from '../../contract/session.ts';

/** The session cookie's value in a Cookie header, or undefined when it has none. */
export function readSessionCookie(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header.join('; ') : header;
  for (const pair of text.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}

/**
 * HttpOnly: page script never sees it. SameSite=Strict: another site's page cannot send it.
 * Secure whenever the page came over HTTPS, so it is never sent back over plain HTTP.
 */
export function sessionCookie(value: string, maxAgeS: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeS))}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
