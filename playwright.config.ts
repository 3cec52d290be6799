/*
 * Browser tests in Debian's Chromium (no browser download): `yarn test:e2e`.
 *
 * Without PLAYWRIGHT_URL, Playwright starts the backend (:7007, the embedded defaults: SQLite files
 * in .sqlite/, the offline intent engine) and the app's dev server (:3000) itself, or reuses ones
 * already running (`yarn start`). With PLAYWRIGHT_URL it tests that running portal instead.
 *
 *   PLAYWRIGHT_CHROMIUM  the browser executable (default /usr/bin/chromium)
 *   PLAYWRIGHT_URL       a running portal to test (skips starting servers)
 */
import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

const external = process.env.PLAYWRIGHT_URL;
const executablePath = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** Every package with an e2e-tests folder, in the system Chromium rather than Google Chrome's channel. */
const projects = (generateProjects() ?? []).map(
  ({ use: _channel, ...project }) => project,
);

export default defineConfig({
  timeout: 240_000,

  expect: {
    timeout: 30_000,
  },

  webServer: external
    ? []
    : [
        {
          command: 'yarn workspace backend start',
          url: 'http://localhost:7007/.backstage/health/v1/readiness',
          reuseExistingServer: true,
          timeout: 240_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          command: 'yarn workspace app start',
          url: 'http://localhost:3000',
          reuseExistingServer: true,
          timeout: 400_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],

  forbidOnly: !!process.env.CI,

  // One worker: the backend plans on the same two cores the browser uses.
  workers: 1,
  retries: process.env.CI ? 1 : 0,

  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],

  use: {
    actionTimeout: 0,
    baseURL: external ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },

  // Test artifacts (screenshots of each tab under test-results/screenshots, traces on failure).
  outputDir: 'test-results',

  projects,
});
