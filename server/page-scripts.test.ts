/** The CSP's hashes of the page's inline scripts: right, and read again when the page is rebuilt. */
import { createHash } from 'node:crypto';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './page-scripts.ts';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

describe('inline script hashes', () => {
  it('hashes each inline script, not scripts loaded from a file, and follows a rebuild', () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    const page = join(dist, 'index.html');
    writeFileSync(page, '<script>var a = 1;</script><script type="module" src="/assets/x.js"></script><script>b()</script>');
    let t = 0;
    const hashes = inlineScriptHashes(dist, () => t);
    expect(hashes()).toBe(`${hash('var a = 1;')} ${hash('b()')}`);

    writeFileSync(page, '<script>var a = 2;</script>');
    utimesSync(page, new Date(), new Date(Date.now() + 5000));
    // Looked at again only after a second.
    t = 500;
    expect(hashes()).toBe(`${hash('var a = 1;')} ${hash('b()')}`);
    t = 1500;
    expect(hashes()).toBe(hash('var a = 2;'));
  });

  it('has none without a build', () => {
    expect(inlineScriptHashes(mkdtempSync(join(tmpdir(), 'dist-')))()).toBe('');
  });
});
