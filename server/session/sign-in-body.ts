/** The body of POST /session, as JSON or a form, read into one of its two shapes or a message saying what is wrong. */
import { KeySignIn, TokenSignIn, type SignIn } from '../../contract/session.ts';

/** What the body parsers leave when there is no object to read. */
export const NOT_JSON = Symbol('not JSON');
export const NOT_SUPPORTED = Symbol('not a supported type');

const SHAPES = 'Send { "key": …, "secret": … } or { "token": … }.';

export function readSignIn(body: unknown): { ok: true; value: SignIn } | { ok: false; message: string } {
  if (body === NOT_JSON) return { ok: false, message: `The body is not valid JSON. ${SHAPES}` };
  if (body === NOT_SUPPORTED)
    return { ok: false, message: `Send the sign-in as JSON or as a form (application/x-www-form-urlencoded). ${SHAPES}` };
  if (body === undefined) return { ok: false, message: `The body is empty. ${SHAPES}` };
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, message: `The body is not an object. ${SHAPES}` };
  const hasToken = 'token' in body;
  const hasKey = 'key' in body || 'secret' in body;
  if (hasToken && hasKey) return { ok: false, message: 'Send either a key and secret, or a token, not both.' };
  if (!hasToken && !hasKey) return { ok: false, message: `The body has neither a key and secret nor a token. ${SHAPES}` };
  const parsed = (hasToken ? TokenSignIn : KeySignIn).safeParse(body);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join(' ') };
  return { ok: true, value: parsed.data };
}
