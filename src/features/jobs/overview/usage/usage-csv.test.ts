import { describe, expect, it } from 'vitest';
import { testJob } from './test-jobs.ts';
import { BOM, csvField, csvText, usageCsv } from './usage-csv.ts';
import { usageFileName } from './usage-export.ts';
import { usageReport } from './usage-report.ts';

const ODD = 'Sales, "Q4" 売上集計.yxmd';
const report = usageReport(
  [
    testJob(ODD, '山田 花子', '2026-11-02', 5_400_000),
    testJob(ODD, 'Ada', '2026-11-02', 1_800_000),
    testJob('Plain', 'Ada', '2026-11-02', null),
  ],
  '2026-11-01',
  '2026-11-02',
);

describe('the CSV', () => {
  const text = usageCsv(report, 'workflows', ['Workflow', 'Runs', 'Run time (hours)', 'Share of runs (%)']);

  it('starts with the byte-order mark, ends each line with CRLF, and has a header and one line per workflow, no totals', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toEqual([
      'Workflow,Runs,Run time (hours),Share of runs (%)',
      '"Sales, ""Q4"" 売上集計.yxmd",2,2,66.67',
      'Plain,1,0,33.33',
    ]);
  });

  it('is UTF-8 that reads back as the same Japanese text', () => {
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(text);
  });

  it('quotes a field with a comma, a quote or a line break, and only those', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('売上')).toBe('売上');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvText([['a', 1]])).toBe(`${BOM}a,1\r\n`);
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField(-1)).toBe('-1');
  });

  it('writes the users and days tables too, with their names and no share for days', () => {
    const users = usageCsv(report, 'users', ['User', 'Runs', 'Hours', 'Share'], (_t, k) => (k === 'Ada' ? 'Ada Lovelace' : k));
    expect(users.slice(1).split('\r\n')).toEqual(['User,Runs,Hours,Share', 'Ada Lovelace,2,0.5,66.67', '山田 花子,1,1.5,33.33', '']);
    const days = usageCsv(report, 'days', ['Day', 'Runs', 'Hours']);
    expect(days.slice(1).split('\r\n')).toEqual(['Day,Runs,Hours', '2026-11-01,0,0', '2026-11-02,3,2', '']);
  });

  it('is named after its range and table', () => {
    expect(usageFileName(report, 'workflows', 'csv')).toBe('usage-2026-11-01-2026-11-02-workflows.csv');
    expect(usageFileName(report, null, 'xlsx')).toBe('usage-2026-11-01-2026-11-02.xlsx');
  });
});
