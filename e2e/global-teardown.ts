import { rmSync } from 'node:fs';

/** The sandbox databases of the run go with it. */
export default function teardown(): void {
  for (const db of [process.env.E2E_SANDBOX_DB, process.env.E2E_LIVE_SANDBOX_DB]) {
    if (!db) continue;
    for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  }
}
