import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './e2e/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);
export const LIVE_PORT = PORT + 1;
const executablePath = findChromium();
// Each run starts from a freshly seeded, still world.
const dbFile = (process.env.E2E_SANDBOX_DB ??= join(tmpdir(), `jobs-dashboard-e2e-${process.pid}.sqlite`));
const liveDbFile = (process.env.E2E_LIVE_SANDBOX_DB ??= join(tmpdir(), `jobs-dashboard-e2e-live-${process.pid}.sqlite`));
process.env.E2E_LIVE_BASE_URL = `http://127.0.0.1:${LIVE_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: true,
  // One browser at a time: on a small, shared machine a second one only adds waiting.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [[process.env.CI ? 'line' : 'list'], ['./e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          // A closed network: keep the browser from reaching out on its own.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        SANDBOX_DB: dbFile,
        SANDBOX_SIMULATE: '0',
        SANDBOX_JOBS: '2000',
        LOG_LEVEL: 'warn',
      },
    },
    // A living world, for the tests of live refresh.
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${LIVE_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(LIVE_PORT),
        HOST: '127.0.0.1',
        SANDBOX_DB: liveDbFile,
        SANDBOX_SIMULATE: '1',
        SANDBOX_JOBS: '1000',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
