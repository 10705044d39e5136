/**
 * Which Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download. Says how to get one when there is none.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Any one of these fixes it:',
      '  npx playwright install chromium          (Playwright’s own browser)',
      '  sudo apt-get install chromium            (Debian or Ubuntu)',
      '  CHROMIUM_PATH=/path/to/chromium npm test (a browser you already have)',
    ].join('\n'),
  );
}
