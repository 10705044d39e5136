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
// Proxy mode: the dashboard in front of an independent stand-in for an Alteryx Server.
const STANDIN_PORT = PORT + 2;
const PROXY_PORT = PORT + 3;
process.env.E2E_PROXY_BASE_URL = `http://127.0.0.1:${PROXY_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  globalTeardown: './e2e/global-teardown.ts',
  fullyParallel: true,
  // One browser at a time: on a small, shared machine a second one only adds waiting.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // No retries: a test that passes only on a second try is a failure to fix, not a pass.
  retries: 0,
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
        // Every test signs in; the limit itself is tested in the API tests.
        TOKEN_RATE_LIMIT: '10000',
        // Each server its own key (and no key file shared by three servers starting at once).
        SESSION_SECRET: 'e2e-sandbox-session-secret-0123456789abcdef',
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
        TOKEN_RATE_LIMIT: '10000',
        SESSION_SECRET: 'e2e-live-session-secret-0123456789abcdef0123',
      },
    },
    {
      command: 'npx tsx e2e/stand-in/main.ts',
      url: `http://127.0.0.1:${STANDIN_PORT}/webapi/`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { STANDIN_PORT: String(STANDIN_PORT) },
    },
    {
      command: 'npx tsx server/main.ts',
      url: `http://127.0.0.1:${PROXY_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(PROXY_PORT),
        HOST: '127.0.0.1',
        ALTERYX_URL: `http://127.0.0.1:${STANDIN_PORT}/webapi`,
        LOG_LEVEL: 'warn',
        TOKEN_RATE_LIMIT: '10000',
        SESSION_SECRET: 'e2e-proxy-session-secret-0123456789abcdef012',
      },
    },
  ],
});
