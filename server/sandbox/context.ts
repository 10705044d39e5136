import type { Jobs } from './data/jobs.ts';
import type { Tokens } from './data/tokens.ts';
import type { Users } from './data/users.ts';
import type { Workflows } from './data/workflows.ts';
import type { Db } from './db.ts';
import type { Lifecycle } from './lifecycle.ts';

/** What every sandbox route needs: the data, and the clock (tests move it). */
export interface SandboxContext {
  db: Db;
  jobs: Jobs;
  workflows: Workflows;
  users: Users;
  tokens: Tokens;
  life: Lifecycle;
  now: () => number;
  tokenTtlS: number;
}
