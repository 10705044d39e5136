/** Opens (and on first use, seeds) the sandbox's database, and starts its simulator. */
import { Jobs } from './data/jobs.ts';
import { Tokens } from './data/tokens.ts';
import { Users } from './data/users.ts';
import { Workflows } from './data/workflows.ts';
import { openDatabase, readMeta, SCHEMA_VERSION, type Db } from './db.ts';
import { Lifecycle } from './lifecycle.ts';
import { seedDatabase } from './seed/seed.ts';
import { Simulator } from './simulator.ts';
import type { SandboxContext } from './context.ts';

export interface SandboxOptions {
  dbFile: string;
  seed: string;
  jobs: number;
  simulate: boolean;
  workers: number;
  arrivalsPerMinute?: number;
  tokenTtlS: number;
  now?: () => number;
  /** How often the simulator steps. */
  tickMs?: number;
}

export interface Sandbox extends SandboxContext {
  simulator: Simulator;
  /** True when this start created the data. */
  seeded: boolean;
  close(): void;
}

export function needsSeed(db: Db): boolean {
  return readMeta(db, 'schemaVersion') !== String(SCHEMA_VERSION);
}

export function openSandbox(opts: SandboxOptions): Sandbox {
  const now = opts.now ?? Date.now;
  const db = openDatabase(opts.dbFile);
  const seeded = needsSeed(db);
  if (seeded) seedDatabase(db, { seed: opts.seed, jobs: opts.jobs, nowMs: now() });
  const life = new Lifecycle(db);
  const simulator = new Simulator(db, life, { workers: opts.workers, arrivalsPerMinute: opts.arrivalsPerMinute });
  if (opts.simulate) simulator.start(opts.tickMs ?? 1000, now);
  return {
    db,
    jobs: new Jobs(db),
    workflows: new Workflows(db),
    users: new Users(db),
    tokens: new Tokens(db),
    life,
    now,
    tokenTtlS: opts.tokenTtlS,
    simulator,
    seeded,
    close() {
      simulator.stop();
      if (db.open) {
        db.pragma('optimize');
        db.close();
      }
    },
  };
}
