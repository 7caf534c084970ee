import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the browser host: the real renderer (built by
 * `npm run test:e2e` before Playwright starts) talking to the real core over
 * HTTP, each test with its own host process and data folder.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // The browser host bundled once for every test's host (test/e2e/fixtures/host-bundle.ts).
  globalSetup: './test/e2e/global-setup.ts',
  workers: 2,
  fullyParallel: true,
  reporter: 'list',
  // Tests wait on states, never on time: these are only ceilings, high enough for a busy machine (a load of 15
  // made the long walks through a case miss 60 s; the walk through a major complaint, 1.7 min on a quiet machine,
  // missed 120 s beside a type check), never reached by a test that passes.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A failed test keeps its trace: the calls, their logs, the network and the console. Not the screencast nor a DOM
    // snapshot at every step: recording those for every test took about half the suite's CPU (two browsers on two cores).
    // For the full picture of a failure, run again with `--trace retain-on-failure`.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
