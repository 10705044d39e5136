/** The session's names, in a module of plain constants that the page's first script can import at no cost. */

/** Not under /webapi: the Alteryx Server never sees it. */
export const SESSION_PATH = '/session';
export const SESSION_COOKIE = 'alteryx-jobs.session';
/** The id of the page's data block: `<script type="application/json" id="…">{SessionInfo}</script>`. */
export const SESSION_DATA_ID = 'alteryx-jobs-session';
