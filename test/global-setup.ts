import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/sandbox/db.ts';
import { seedDatabase } from '../server/sandbox/seed/seed.ts';

export const TEMPLATE_JOBS = 2000;

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
    templateNowMs: number;
  }
}

/** Seeds one database for all API tests; each test copies it and so starts from the same world. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  const file = join(dir, 'template.sqlite');
  const nowMs = Date.now();
  const db = openDatabase(file);
  seedDatabase(db, { seed: 'test', jobs: TEMPLATE_JOBS, nowMs });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  project.provide('templateDb', file);
  project.provide('templateNowMs', nowMs);
  return () => rmSync(dir, { recursive: true, force: true });
}
