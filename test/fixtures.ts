/** Finds jobs in the test world by what they are, so tests don't depend on generated ids. */
import type { Db } from '../server/sandbox/db.ts';

export function userId(db: Db, apiKey: string): string {
  return (db.prepare('SELECT id FROM users WHERE api_key = ?').get(apiKey) as { id: string }).id;
}

export function findJob(db: Db, where: string, params: unknown[] = []): { id: string; workflow_id: string; user_id: string } {
  const row = db
    .prepare(`SELECT j.id, j.workflow_id, j.user_id FROM jobs j WHERE ${where} ORDER BY j.create_ms DESC LIMIT 1`)
    .get(...params) as { id: string; workflow_id: string; user_id: string } | undefined;
  if (!row) throw new Error(`no job where ${where}`);
  return row;
}

/** Workflows in a collection that the user belongs to. */
export const SHARED_WITH = `j.workflow_id IN (SELECT cw.workflow_id FROM collection_workflows cw
  JOIN collection_users cu ON cu.collection_id = cw.collection_id WHERE cu.user_id = ?)`;
