/**
 * The page's own inline scripts, allowed by their hashes in the Content-Security-Policy: the
 * build writes the first-paint script into the page (see vite.config.ts), and no other inline
 * script runs. Read again when index.html changes (looked at once a second), so a rebuild needs no restart.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How often the page's file is looked at again: every answer carries the policy, API answers too. */
const RECHECK_MS = 1000;

export function inlineScriptHashes(distDir: string, now: () => number = Date.now): () => string {
  const file = join(distDir, 'index.html');
  let checkedAt = -Infinity;
  let mtimeMs = -1;
  let hashes = '';
  return () => {
    if (now() - checkedAt < RECHECK_MS) return hashes;
    checkedAt = now();
    let changed: number;
    try {
      changed = statSync(file).mtimeMs;
    } catch {
      [mtimeMs, hashes] = [-1, ''];
      return hashes;
    }
    if (changed !== mtimeMs) {
      mtimeMs = changed;
      hashes = [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)]
        .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
        .join(' ');
    }
    return hashes;
  };
}
