import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';

/** Prepared statements by SQL text. Filters of many lengths make many statements, so it is bounded. */
export class Statements {
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      if (this.cache.size > 1000) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
