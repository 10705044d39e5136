/**
 * Sessions as the server keeps them: signed in with a key and secret (or a pasted token),
 * sealed into the cookie, read back from it, and given a new token before the old one runs
 * out. Nothing is kept in memory but renewals in flight: the cookie is the session.
 */
import { SESSION_COOKIE, type SessionInfo, type SignIn } from '../../contract/session.ts';
import { requestToken, roleOf, type Failure } from './alteryx-calls.ts';
import { clearedCookie, sessionCookie } from './cookie.ts';
import type { InternalCalls } from './internal-calls.ts';
import { Renewals } from './renewal.ts';
import { sealKey, type SealKey } from './seal.ts';
import { newSessionId, renewable, sealSession, unsealSession, type SessionState } from './session-state.ts';

/** A token that runs out within this is renewed before a request goes on with it. */
export const RENEW_BEFORE_MS = 60_000;
/** Browsers keep a cookie of at most 4096 bytes, its name included. */
const MAX_COOKIE_CHARS = 4096;

export interface SessionsOptions {
  secret: string;
  maxAgeS: number;
  now: () => number;
  calls: InternalCalls;
  server: SessionInfo['server'];
}

export type Reading = { kind: 'none' } | { kind: 'invalid' } | { kind: 'expired' } | { kind: 'valid'; state: SessionState };

type Renewal = { ok: true; state: SessionState } | Failure;

export class Sessions {
  private readonly key: SealKey;
  private readonly renewals: Renewals<Renewal>;

  constructor(private readonly opts: SessionsOptions) {
    this.key = sealKey(opts.secret);
    // A new token is handed out again while it lasts; a refusal too (the key stays refused);
    // a server that did not answer is asked again by the next request.
    this.renewals = new Renewals<Renewal>(opts.now, (o) =>
      o.ok ? o.state.tokenExpiresAt === null || o.state.tokenExpiresAt > opts.now() : o.refused,
    );
  }

  /** The session a cookie value holds, if it still does. */
  read(cookieValue: string | undefined): Reading {
    if (cookieValue === undefined) return { kind: 'none' };
    const state = unsealSession(this.key, cookieValue);
    if (!state) return { kind: 'invalid' };
    if (state.expiresAt <= this.opts.now()) return { kind: 'expired' };
    return { kind: 'valid', state };
  }

  info(state: SessionState): SessionInfo {
    return { apiKey: state.apiKey, role: state.role, expiresAt: state.expiresAt, server: this.opts.server };
  }

  /** The Set-Cookie for a session, living as long as the session has left. */
  cookie(state: SessionState, secure: boolean): string {
    return sessionCookie(sealSession(this.key, state), Math.ceil((state.expiresAt - this.opts.now()) / 1000), secure);
  }

  cleared(secure: boolean): string {
    return clearedCookie(secure);
  }

  async signIn(body: SignIn): Promise<{ ok: true; state: SessionState } | Failure> {
    let token: string;
    let tokenExpiresAt: number | null = null;
    let apiKey: string | null = null;
    let apiSecret: string | null = null;
    if ('key' in body) {
      const answer = await requestToken(this.opts.calls, body.key, body.secret, this.opts.now());
      if (!answer.ok) return answer;
      ({ token, expiresAt: tokenExpiresAt } = answer);
      [apiKey, apiSecret] = [body.key, body.secret];
    } else {
      token = body.token;
    }
    const role = await roleOf(this.opts.calls, token);
    if (!role.ok) return role;
    const issuedAt = this.opts.now();
    const state: SessionState = {
      id: newSessionId(),
      token,
      tokenExpiresAt,
      apiKey,
      apiSecret,
      role: role.role,
      issuedAt,
      expiresAt: issuedAt + this.opts.maxAgeS * 1000,
    };
    if (this.tooLong(state)) {
      // A pasted token is the caller's to shorten; one the server issued is not.
      return { ok: false, status: apiKey ? 502 : 400, message: 'The token is too long to keep in a session cookie.', refused: false };
    }
    return { ok: true, state };
  }

  /**
   * The session with a token good for a while yet: renewed when it runs out within a
   * minute (once, however many requests ask at the same time). When the server cannot be
   * reached to renew it, a token that has not quite run out is used as it is.
   */
  async usable(state: SessionState): Promise<{ ok: true; state: SessionState; renewed: boolean } | Failure> {
    const expiresAt = state.tokenExpiresAt;
    if (!renewable(state) || expiresAt === null || expiresAt - this.opts.now() > RENEW_BEFORE_MS) {
      return { ok: true, state, renewed: false };
    }
    const outcome = await this.renewals.renew(state.id, () => this.renew(state));
    if (outcome.ok) return { ok: true, state: outcome.state, renewed: true };
    if (!outcome.refused && expiresAt > this.opts.now()) return { ok: true, state, renewed: false };
    return outcome;
  }

  /** Signed out: nothing kept for the session is used again. */
  forget(state: SessionState): void {
    this.renewals.forget(state.id);
  }

  private async renew(state: SessionState & { apiKey: string; apiSecret: string }): Promise<Renewal> {
    try {
      const answer = await requestToken(this.opts.calls, state.apiKey, state.apiSecret, this.opts.now());
      if (!answer.ok) return answer;
      const next: SessionState = { ...state, token: answer.token, tokenExpiresAt: answer.expiresAt };
      if (this.tooLong(next))
        return { ok: false, status: 502, message: 'The new token is too long to keep in a session cookie.', refused: false };
      return { ok: true, state: next };
    } catch {
      return { ok: false, status: 502, message: 'The token could not be renewed.', refused: false };
    }
  }

  private tooLong(state: SessionState): boolean {
    return SESSION_COOKIE.length + 1 + sealSession(this.key, state).length > MAX_COOKIE_CHARS;
  }
}
