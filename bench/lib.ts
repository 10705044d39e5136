/** What the benchmark scripts share: a sandbox server of their own, and their section of BENCHMARKS.md. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export const machine = () => `${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'CPU'}, Node ${process.version}`;

export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
export const median = (xs: number[]) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );
export const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** Starts the server on a database of the script's own, still (no simulator) unless `env` says otherwise, and waits until it answers. */
export async function startServer(
  dbFile: string,
  port: number,
  env: Record<string, string> = {},
): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SANDBOX_DB: dbFile, SANDBOX_SIMULATE: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 300) throw new Error('the server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    stop: async () => {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    },
  };
}

export async function adminToken(base: string): Promise<{ token: string; expiresIn: number }> {
  const res = await fetch(`${base}/webapi/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=admin-key&client_secret=admin-secret',
  });
  const body = (await res.json()) as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresIn: body.expires_in };
}

/** A Curator's session cookie from the dashboard's server, got as the sign-in form gets it. */
export interface SessionCookie {
  name: string;
  value: string;
  url: string;
}
export async function adminSession(base: string): Promise<SessionCookie> {
  const res = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: 'admin-key', secret: 'admin-secret' }),
  });
  const [pair] = (res.headers.get('set-cookie') ?? '').split(';');
  const at = pair!.indexOf('=');
  if (res.status !== 200 || at < 0) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return { name: pair!.slice(0, at), value: pair!.slice(at + 1), url: base };
}

export function writeResults(name: string, result: unknown): void {
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
}

/** Replaces the script's own section of BENCHMARKS.md (between its markers), or adds it. */
export function writeSection(name: string, lines: string[]): void {
  const file = join(root, 'BENCHMARKS.md');
  const [open, close] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const section = [open, ...lines, close].join('\n');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Benchmarks\n\nMeasured numbers, each with the command that made them. Re-run the command to refresh its section.\n\n';
  }
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  text =
    start >= 0 && end > start ? text.slice(0, start) + section + text.slice(end + close.length) : text.trimEnd() + '\n\n' + section + '\n';
  writeFileSync(file, text);
}
