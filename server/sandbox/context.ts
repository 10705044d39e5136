import type { Db } from './db.ts';
import type { Lifecycle } from './lifecycle.ts';
import type { Queries } from './queries.ts';

/** What every sandbox route needs: the data, and the clock (tests move it). */
export interface SandboxContext {
  db: Db;
  queries: Queries;
  life: Lifecycle;
  now: () => number;
  tokenTtlS: number;
}
