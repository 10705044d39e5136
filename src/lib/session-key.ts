/** Where the session is kept in sessionStorage. */
export const SESSION_KEY = 'alteryx-jobs.session';
