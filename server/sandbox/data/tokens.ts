/** The tokens table: only a hash of each bearer token is kept. */
import type { Db } from '../db.ts';
import { prepared } from './statements.ts';
import type { Caller } from './users.ts';

export class Tokens {
  constructor(private readonly db: Db) {}

  /** Keeps a new token's hash, and forgets the tokens that have expired. */
  add(hash: string, userId: string, expiresMs: number, nowMs: number): void {
    prepared(this.db, 'INSERT INTO tokens (hash, user_id, expires_ms) VALUES (?, ?, ?)').run(hash, userId, expiresMs);
    prepared(this.db, 'DELETE FROM tokens WHERE expires_ms <= ?').run(nowMs);
  }

  /** The active user a live token belongs to. */
  callerByHash(hash: string, nowMs: number): Caller | undefined {
    return prepared(
      this.db,
      `SELECT u.id, u.role, u.first_name || ' ' || u.last_name AS name FROM tokens t JOIN users u ON u.id = t.user_id
       WHERE t.hash = ? AND t.expires_ms > ? AND u.is_active = 1`,
    ).get(hash, nowMs) as Caller | undefined;
  }
}
