/**
 * Builds the dashboard when dist/ is missing or older than its sources, so that
 * `npm start` always serves what is in the working tree.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SOURCES = ['src', 'public', 'contract', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = join(root, 'dist', 'index.html');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const sourcesAt = Math.max(...SOURCES.map((p) => newest(join(root, p))));
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'The dashboard changed since it was built; building it again…' : 'Building the dashboard…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}
