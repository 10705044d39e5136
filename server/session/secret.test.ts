/** The sealing secret: SESSION_SECRET when set (32 characters at least), else a file made once and kept. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { sessionSecret } from './secret.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'session-secret-'));

describe('the session secret', () => {
  it('unset: made at the first start in a new folder, mode 0600, and the same one on the next start', () => {
    const file = join(dir(), 'data', 'session-secret');
    const first = sessionSecret({ SESSION_SECRET_FILE: file });
    expect(first.source).toEqual({ from: 'file', file, created: true });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = sessionSecret({ SESSION_SECRET_FILE: file });
    expect(again).toEqual({ secret: first.secret, source: { from: 'file', file, created: false } });
  });

  it('set: used as it is, and no file is made', () => {
    const file = join(dir(), 'session-secret');
    expect(sessionSecret({ SESSION_SECRET: 'x'.repeat(32), SESSION_SECRET_FILE: file })).toEqual({
      secret: 'x'.repeat(32),
      source: { from: 'env' },
    });
    expect(() => statSync(file)).toThrow();
  });

  it('SESSION_SECRET shorter than 32 characters is a clear configuration error, which does not show it', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short-secret' })).toThrow(/SESSION_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ SESSION_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(loadConfig({})).toMatchObject({ SESSION_SECRET_FILE: 'data/session-secret', SESSION_MAX_AGE: 28800 });
    expect(loadConfig({}).SESSION_SECRET).toBeUndefined();
  });

  it('a kept file that is too short, or a place it cannot be written, says what to do', () => {
    const file = join(dir(), 'session-secret');
    writeFileSync(file, 'short\n');
    expect(() => sessionSecret({ SESSION_SECRET_FILE: file })).toThrow(/fewer than 32 characters/);
    const blocked = join(dir(), 'a-file');
    writeFileSync(blocked, '');
    expect(() => sessionSecret({ SESSION_SECRET_FILE: join(blocked, 'session-secret') })).toThrow(/set SESSION_SECRET/);
    expect(readFileSync(file, 'utf8')).toBe('short\n');
  });
});
