import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobView } from '../../contract/jobs-api.ts';
import { userId } from '../../test/fixtures.ts';
import { ADMIN, ARTISAN, startTestServer, type TestServer } from '../../test/sandbox.ts';

let s: TestServer;
let token: string;
beforeAll(async () => {
  s = await startTestServer();
  token = await s.token(ADMIN);
});
afterAll(() => s.close());

interface OutputRow {
  id: string;
  job_id: string;
  file_name: string;
  row_count: number;
}
const output = (where: string, params: unknown[] = []) =>
  s.sandbox.db.prepare(`SELECT o.id, o.job_id, o.file_name, o.row_count FROM outputs o WHERE ${where} LIMIT 1`).get(...params) as OutputRow;
const download = (o: OutputRow, format?: string, t = token) =>
  s.get(`/webapi/v1/jobs/${o.job_id}/output/${o.id}${format ? `?format=${format}` : ''}`, t);

describe('GET /v1/jobs/{jobId}/output/{outputId}', () => {
  it('a JobView lists each output with the formats the sandbox produces', async () => {
    const o = output(`o.kind = 'csv'`);
    const view = JobView.parse((await s.get(`/webapi/v3/jobs/${o.job_id}`, token)).json());
    expect(view.outputs).toContainEqual({ id: o.id, fileName: o.file_name, availableFormats: ['Raw', 'Csv', 'Html'] });
  });

  it('Csv: a CSV file with a header and one line per record', async () => {
    const o = output(`o.kind = 'csv' AND o.row_count BETWEEN 5 AND 2000`);
    const res = await download(o, 'Csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"; filename\*=UTF-8''/);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('RecordID,Region,Product,Date,Units,Amount');
    // Quoted fields hold commas, so count records by their leading id.
    expect(lines.filter((l) => /^\d+,/.test(l))).toHaveLength(o.row_count);
  });

  it('the same output and format always gives the same bytes', async () => {
    const o = output(`o.kind = 'csv'`);
    expect((await download(o, 'Csv')).body).toBe((await download(o, 'Csv')).body);
  });

  it('Html: a table of the records', async () => {
    const o = output(`o.kind = 'csv' AND o.row_count BETWEEN 5 AND 2000`);
    const res = await download(o, 'Html');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/\.html"/);
    expect(res.body.match(/<tr>/g)).toHaveLength(o.row_count + 1);
    // Values with markup characters are escaped.
    expect(res.body).not.toMatch(/Sprocket "Pro"/);
  });

  it('Raw of a JSON output is the JSON file', async () => {
    const o = output(`o.kind = 'json' AND o.row_count < 5000`);
    const res = await download(o, 'Raw');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toHaveLength(o.row_count);
  });

  it('without format, the file as written (Raw)', async () => {
    const o = output(`o.kind = 'json' AND o.row_count < 5000`);
    expect((await download(o)).body).toBe((await download(o, 'Raw')).body);
  });

  it('a text log is offered as Raw only; other formats get 400 with a message', async () => {
    const o = output(`o.kind = 'txt'`);
    expect((await download(o, 'Raw')).headers['content-type']).toBe('text/plain; charset=utf-8');
    const res = await download(o, 'Csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/Raw/);
  });

  it('a format the sandbox never produces is a 400 naming the field', async () => {
    const res = await download(output(`o.kind = 'csv'`), 'Xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().modelState.format).toBeDefined();
  });

  it('a Japanese file name survives in filename*', async () => {
    const o = output(`o.file_name = ?`, ['月次売上.csv']);
    const res = await download(o, 'Raw');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('月次売上.csv')}`);
  });

  it('unknown outputs and jobs are 404', async () => {
    const o = output(`o.kind = 'csv'`);
    expect((await download({ ...o, id: 'nope' }, 'Csv')).statusCode).toBe(404);
    expect((await download({ ...o, job_id: 'nope' }, 'Csv')).statusCode).toBe(404);
  });

  it('another user’s output is hidden from an Artisan', async () => {
    const o = output('o.job_id IN (SELECT id FROM jobs WHERE user_id = ?)', [userId(s.sandbox.db, 'admin-key')]);
    expect((await download(o, 'Raw', await s.token(ARTISAN))).statusCode).toBe(404);
  });

  it('some outputs are large enough to show download progress', () => {
    const big = s.sandbox.db.prepare('SELECT MAX(row_count) AS n FROM outputs').get() as { n: number };
    expect(big.n).toBeGreaterThanOrEqual(100_000);
  });
});
