/**
 * The page's own inline scripts, allowed by their hashes in the Content-Security-Policy: the
 * build writes the first-paint script into the page (see vite.config.ts), and no other inline
 * script runs. Read again whenever index.html changes, so a rebuild needs no restart.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function inlineScriptHashes(distDir: string): () => string {
  const file = join(distDir, 'index.html');
  let seen = { mtimeMs: -1, hashes: '' };
  return () => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return '';
    }
    if (mtimeMs !== seen.mtimeMs) {
      const html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
      );
      seen = { mtimeMs, hashes: hashes.join(' ') };
    }
    return seen.hashes;
  };
}
