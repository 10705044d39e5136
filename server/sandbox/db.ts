import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** Bumped when the tables change shape; an older file is reseeded rather than migrated. */
export const SCHEMA_VERSION = 3;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL,
  is_active INTEGER NOT NULL,
  date_created_ms INTEGER NOT NULL,
  api_key TEXT NOT NULL UNIQUE,
  api_secret TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS collections (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collection_users (
  collection_id TEXT NOT NULL REFERENCES collections(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  PRIMARY KEY (collection_id, user_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS collection_workflows (
  collection_id TEXT NOT NULL REFERENCES collections(id),
  workflow_id TEXT NOT NULL REFERENCES workflows(id),
  PRIMARY KEY (collection_id, workflow_id)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS workflows (
  id TEXT PRIMARY KEY,
  source_app_id TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_id TEXT NOT NULL REFERENCES users(id),
  date_created_ms INTEGER NOT NULL,
  published_version INTEGER NOT NULL,
  is_amp INTEGER NOT NULL,
  execution_mode TEXT NOT NULL,
  worker_tag TEXT NOT NULL,
  tool_count INTEGER NOT NULL,
  median_run_s INTEGER NOT NULL,
  output_plan TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS schedules (
  id TEXT PRIMARY KEY,
  workflow_id TEXT NOT NULL REFERENCES workflows(id),
  owner_id TEXT NOT NULL REFERENCES users(id),
  priority TEXT NOT NULL
);

-- app_key is the workflow name folded for matching: lower case, without ".yxmd".
-- Times are epoch milliseconds. plan_* and msg_count drive the simulator.
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  workflow_id TEXT NOT NULL,
  app_name TEXT NOT NULL,
  app_key TEXT NOT NULL,
  user_id TEXT NOT NULL,
  schedule_id TEXT,
  status TEXT NOT NULL,
  status_rank INTEGER NOT NULL,
  disposition TEXT NOT NULL,
  priority TEXT NOT NULL,
  priority_rank INTEGER NOT NULL,
  worker_tag TEXT NOT NULL,
  run_with_e2 INTEGER NOT NULL,
  create_ms INTEGER NOT NULL,
  start_ms INTEGER,
  completion_ms INTEGER,
  plan_run_ms INTEGER NOT NULL,
  plan_messages INTEGER NOT NULL,
  plan_disposition TEXT NOT NULL,
  msg_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS jobs_create ON jobs (create_ms, id);
-- The other sorts' indexes also carry the filter columns, so that a page sorted one way
-- and filtered another is found in the index, without reading each skipped row.
CREATE INDEX IF NOT EXISTS jobs_app ON jobs (app_key, create_ms, id, status, priority, user_id, completion_ms);
CREATE INDEX IF NOT EXISTS jobs_priority ON jobs (priority_rank, create_ms, id, status, priority, user_id, app_key, completion_ms);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status_rank, create_ms, id, status, priority, user_id, app_key, completion_ms);
CREATE INDEX IF NOT EXISTS jobs_completion ON jobs (completion_ms, create_ms, id, status, priority, user_id, app_key);
CREATE INDEX IF NOT EXISTS jobs_user ON jobs (user_id, create_ms, id);
CREATE INDEX IF NOT EXISTS jobs_priority_text ON jobs (priority, create_ms, id);
CREATE INDEX IF NOT EXISTS jobs_workflow ON jobs (workflow_id, create_ms, id);
-- The simulator's pickup order: priority first, then age.
CREATE INDEX IF NOT EXISTS jobs_queue ON jobs (status, priority_rank DESC, create_ms, id);

-- Totals for GET /v3/jobs without counting a million rows: jobs by every filter column
-- but the completion date, and completed jobs by day. Triggers keep them exact.
CREATE TABLE IF NOT EXISTS job_counts (
  user_id TEXT NOT NULL,
  status TEXT NOT NULL,
  priority TEXT NOT NULL,
  app_key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (user_id, status, priority, app_key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS completion_day_counts (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);

CREATE TRIGGER IF NOT EXISTS jobs_counted_in AFTER INSERT ON jobs BEGIN
  INSERT INTO job_counts VALUES (NEW.user_id, NEW.status, NEW.priority, NEW.app_key, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  INSERT INTO completion_day_counts SELECT NEW.completion_ms / 86400000, 1 WHERE NEW.completion_ms IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS jobs_counted_out AFTER DELETE ON jobs BEGIN
  UPDATE job_counts SET n = n - 1
    WHERE user_id = OLD.user_id AND status = OLD.status AND priority = OLD.priority AND app_key = OLD.app_key;
  UPDATE completion_day_counts SET n = n - 1 WHERE day = OLD.completion_ms / 86400000;
END;
CREATE TRIGGER IF NOT EXISTS jobs_counted_change AFTER UPDATE OF user_id, status, priority, app_key, completion_ms ON jobs BEGIN
  UPDATE job_counts SET n = n - 1
    WHERE user_id = OLD.user_id AND status = OLD.status AND priority = OLD.priority AND app_key = OLD.app_key;
  INSERT INTO job_counts VALUES (NEW.user_id, NEW.status, NEW.priority, NEW.app_key, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
  UPDATE completion_day_counts SET n = n - 1 WHERE day = OLD.completion_ms / 86400000;
  INSERT INTO completion_day_counts SELECT NEW.completion_ms / 86400000, 1 WHERE NEW.completion_ms IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TABLE IF NOT EXISTS messages (
  job_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  status INTEGER NOT NULL,
  text TEXT NOT NULL,
  tool_id INTEGER NOT NULL,
  PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS outputs (
  id TEXT PRIMARY KEY,
  job_id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  seed INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS outputs_job ON outputs (job_id);

CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  expires_ms INTEGER NOT NULL
) WITHOUT ROWID;
`;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL keeps every committed transaction across a process crash in WAL mode; only
  // a power loss can cost the last few.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  // Reads through a memory map skip a system call per page; writes still go through the WAL.
  db.pragma('mmap_size = 1073741824');
  // A file from another schema version is rebuilt (and reseeded) rather than migrated.
  const hasMeta = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'`).get() !== undefined;
  if (hasMeta && readMeta(db, 'schemaVersion') !== String(SCHEMA_VERSION)) dropAllTables(db);
  db.exec(SCHEMA);
  return db;
}

function dropAllTables(db: Db): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  // Tables refer to each other; dropping them all needs the references unchecked.
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const t of tables) db.exec(`DROP TABLE IF EXISTS "${t.name}"`);
  })();
  db.pragma('foreign_keys = ON');
}

export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

const TABLES = [
  'tokens',
  'outputs',
  'messages',
  'jobs',
  'schedules',
  'collection_workflows',
  'collection_users',
  'collections',
  'workflows',
  'users',
  'meta',
];

export function clearDatabase(db: Db): void {
  db.transaction(() => {
    for (const t of TABLES) db.exec(`DELETE FROM ${t}`);
  })();
}
