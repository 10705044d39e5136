import { rmSync } from 'node:fs';

/** The sandbox database of the run goes with it. */
export default function teardown(): void {
  const db = process.env.E2E_SANDBOX_DB;
  if (!db) return;
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}
