import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSandbox } from './open.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'open-'));
  dirs.push(dir);
  return join(dir, 'nested', 'sandbox.sqlite');
}

const options = (dbFile: string) => ({ dbFile, seed: 's', jobs: 200, simulate: false, workers: 4, tokenTtlS: 60 });

describe('opening the sandbox', () => {
  it('creates and seeds the database on first start, in WAL mode', () => {
    const sb = openSandbox(options(file()));
    expect(sb.seeded).toBe(true);
    expect(sb.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sb.db.prepare('SELECT COUNT(*) AS n FROM jobs').get()).toEqual({ n: 200 });
    sb.close();
  });

  it('keeps its data across restarts: a cancel made before is still there after', () => {
    const path = file();
    const first = openSandbox(options(path));
    const { id } = first.db.prepare(`SELECT id FROM jobs WHERE status = 'Running' LIMIT 1`).get() as { id: string };
    expect(first.life.cancel(id, Date.now())).toBe('cancelled');
    first.close();
    const second = openSandbox(options(path));
    expect(second.seeded).toBe(false);
    expect(second.db.prepare('SELECT status, disposition FROM jobs WHERE id = ?').get(id)).toEqual({
      status: 'Completed',
      disposition: 'Cancelled',
    });
    second.close();
  });

  it('rebuilds a database left by another version of the schema', () => {
    const path = file();
    const first = openSandbox(options(path));
    first.db.prepare(`UPDATE meta SET value = '0' WHERE key = 'schemaVersion'`).run();
    first.close();
    const second = openSandbox(options(path));
    expect(second.seeded).toBe(true);
    expect(second.db.prepare('SELECT COUNT(*) AS n FROM jobs').get()).toEqual({ n: 200 });
    second.close();
  });
});
