/**
 * The signed-in page: the session's public part written into index.html as a JSON data
 * block, so the dashboard knows who is signed in without a request. A data block is never
 * run, so it needs no place in the Content-Security-Policy.
 */
import { SESSION_DATA_ID, type SessionInfo } from '../../contract/session.ts';

const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/** JSON that cannot end the script element, open a comment, or break a line in old parsers. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sessionDataBlock(info: SessionInfo): string {
  return `<script type="application/json" id="${SESSION_DATA_ID}">${jsonForHtml(info)}</script>`;
}

/**
 * The page with the block before its first script, so that script can already read it; in a
 * page with no script, at the end of its head, or else at its end (never before the doctype).
 */
export function withSessionData(html: string, info: SessionInfo): string {
  const block = sessionDataBlock(info);
  const at = [html.search(/<script/i), html.search(/<\/head>/i)].find((i) => i >= 0) ?? html.length;
  return html.slice(0, at) + block + html.slice(at);
}
