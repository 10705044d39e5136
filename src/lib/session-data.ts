/**
 * The session the page came with. The dashboard's server holds the session (an HttpOnly
 * cookie the page cannot read) and, when it is valid, writes who is signed in into the page
 * as a JSON data block, so the app knows it before its first request. Small and plain: the
 * page's first script reads it too.
 */
import { SESSION_DATA_ID } from '../../contract/session-words.ts';

/** The block's JSON, or undefined when the page came without one (signed out, or a dev server). */
export function pageSessionData(): unknown {
  const text = document.getElementById(SESSION_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
