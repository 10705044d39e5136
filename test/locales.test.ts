import { describe, expect, it } from 'vitest';
import en from '../src/locales/en.json';
import ja from '../src/locales/ja.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('translations', () => {
  it('Japanese has every English key, and no others', () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });

  it('no Japanese text is left empty or in English by mistake', () => {
    const flat = (o: object): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? flat(v as object).map(([kk, vv]) => [`${k}.${kk}`, vv] as [string, string]) : [[k, String(v)]],
      );
    const english = new Map(flat(en));
    // Names that are the same in both languages.
    const same = new Set(['shell.alteryxServer', 'detail.e2', 'outputs.format.Csv', 'outputs.format.Html', 'overview.history.zone.utc']);
    for (const [key, text] of flat(ja)) {
      expect(text.trim(), key).not.toBe('');
      if (!same.has(key)) expect(text, key).not.toBe(english.get(key));
    }
  });

  it('every key the code uses exists', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(new URL('../src', import.meta.url).pathname);
    const all = new Set(keys(en));
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g))
        // A counted text is found by i18next under its plural forms (key_one, key_other).
        expect(all.has(m[1]!) || all.has(`${m[1]}_other`), `${m[1]} in ${f}`).toBe(true);
    }
  });
});
