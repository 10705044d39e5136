/**
 * A job's output files. Each is stored as a recipe (kind, row count, seed) and rendered
 * into real bytes on request, in the formats the sandbox can truly produce.
 */
import { OUTPUT_FORMATS } from '../../contract/job-words.ts';
import { createRng } from './seed/rng.ts';

export type OutputKind = 'csv' | 'json' | 'txt';
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function formatsFor(kind: string): OutputFormat[] {
  return kind === 'txt' ? ['Raw'] : [...OUTPUT_FORMATS];
}

const COLUMNS = ['RecordID', 'Region', 'Product', 'Date', 'Units', 'Amount'] as const;
const REGIONS = ['North', 'South', 'East', 'West', '関東', '関西'];
const PRODUCTS = ['Widget', 'Gadget', 'Gizmo, Deluxe', 'Sprocket "Pro"', 'ねじ'];

type Row = (string | number)[];

function* records(seed: number, count: number): Generator<Row> {
  const rng = createRng(seed);
  const day0 = Date.UTC(2026, 0, 1);
  for (let i = 1; i <= count; i++) {
    yield [
      i,
      rng.pick(REGIONS),
      rng.pick(PRODUCTS),
      new Date(day0 + rng.int(0, 330) * 86_400_000).toISOString().slice(0, 10),
      rng.int(1, 500),
      Math.round(rng() * 1_000_000) / 100,
    ];
  }
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const htmlEscape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function toCsv(seed: number, count: number): string {
  const lines = [COLUMNS.join(',')];
  for (const r of records(seed, count)) lines.push(r.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function toJson(seed: number, count: number): string {
  const out: Record<string, string | number>[] = [];
  for (const r of records(seed, count)) out.push(Object.fromEntries(COLUMNS.map((c, i) => [c, r[i]!])));
  return JSON.stringify(out, null, 1);
}

function toHtml(title: string, seed: number, count: number): string {
  const parts = [
    `<!doctype html><html><head><meta charset="utf-8"><title>${htmlEscape(title)}</title></head><body>`,
    `<table><caption>${htmlEscape(title)}</caption><thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>`,
  ];
  for (const r of records(seed, count)) parts.push(`<tr>${r.map((v) => `<td>${htmlEscape(String(v))}</td>`).join('')}</tr>`);
  parts.push('</tbody></table></body></html>\n');
  return parts.join('');
}

function toLog(seed: number, count: number): string {
  const rng = createRng(seed);
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) lines.push(`[${String(i).padStart(6, '0')}] step ${rng.int(1, 40)}: ok (${rng.int(1, 9000)} ms)`);
  return lines.join('\n') + '\n';
}

export interface OutputRecipe {
  fileName: string;
  kind: string;
  rowCount: number;
  seed: number;
}

export interface RenderedOutput {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const withExtension = (name: string, ext: string) => name.replace(/\.[^.]*$/, '') + ext;

export function renderOutput(o: OutputRecipe, format: OutputFormat): RenderedOutput {
  if (format === 'Html') {
    return {
      body: Buffer.from(toHtml(o.fileName, o.seed, o.rowCount)),
      contentType: 'text/html; charset=utf-8',
      fileName: withExtension(o.fileName, '.html'),
    };
  }
  if (format === 'Csv') {
    return {
      body: Buffer.from(toCsv(o.seed, o.rowCount)),
      contentType: 'text/csv; charset=utf-8',
      fileName: withExtension(o.fileName, '.csv'),
    };
  }
  if (o.kind === 'json')
    return { body: Buffer.from(toJson(o.seed, o.rowCount)), contentType: 'application/json; charset=utf-8', fileName: o.fileName };
  if (o.kind === 'txt')
    return { body: Buffer.from(toLog(o.seed, o.rowCount)), contentType: 'text/plain; charset=utf-8', fileName: o.fileName };
  return { body: Buffer.from(toCsv(o.seed, o.rowCount)), contentType: 'text/csv; charset=utf-8', fileName: o.fileName };
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
