/** `npm run sandbox:reset`: grow the sandbox's world again from its seed. */
import { loadConfig } from '../config.ts';
import { openDatabase } from './db.ts';
import { seedDatabase } from './seed/seed.ts';

const config = loadConfig();
const db = openDatabase(config.SANDBOX_DB);
const started = Date.now();
seedDatabase(db, { seed: config.SANDBOX_SEED, jobs: config.SANDBOX_JOBS, nowMs: Date.now() });
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(`Reseeded ${config.SANDBOX_DB} with ${config.SANDBOX_JOBS} jobs (seed ${config.SANDBOX_SEED}) in ${Date.now() - started} ms.`);
