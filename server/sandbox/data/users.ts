/** The users table: the API's list, sign-in by API key, and the simulator's cast. */
import type { Db } from '../db.ts';
import { prepared } from './statements.ts';

/** A signed-in user, as the routes see them. */
export interface Caller {
  id: string;
  role: string;
  name: string;
}

export interface UserRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  is_active: number;
  role: string;
  date_created_ms: number;
}

export class Users {
  constructor(private readonly db: Db) {}

  /** Every user, as GET /v3/users lists them. */
  all(): UserRow[] {
    return prepared(
      this.db,
      'SELECT id, first_name, last_name, email, is_active, role, date_created_ms FROM users ORDER BY last_name, first_name',
    ).all() as UserRow[];
  }

  byApiKey(key: string): { id: string; api_secret: string; is_active: number } | undefined {
    return prepared(this.db, 'SELECT id, api_secret, is_active FROM users WHERE api_key = ?').get(key) as
      { id: string; api_secret: string; is_active: number } | undefined;
  }

  /** Every user by id, the order the simulator draws them in. */
  byId(): { id: string; role: string; is_active: number }[] {
    return prepared(this.db, 'SELECT id, role, is_active FROM users ORDER BY id').all() as { id: string; role: string; is_active: number }[];
  }
}
