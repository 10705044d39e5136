import type { Statement } from 'better-sqlite3';
import type { Db } from '../db.ts';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * A statement prepared once per database, whichever module asks for it. Filters of many
 * lengths make many statements, so the cache is bounded.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    if (cache.size > 1000) cache.clear();
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
