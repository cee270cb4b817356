import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser/support/chromium.mjs';

// The browser suite: real Chromium (the system one: browser downloads are blocked here) against
// the real server serving the built app. Each test gets its own server and data folder (see
// tests/browser/support/fixtures.ts), so tests can stop the server to prove offline behaviour.
export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.BROWSER_WORKERS ? Number(process.env.BROWSER_WORKERS) : 2,
  // On CI's busy two-core machine a browser test can miss a timing once; one more try, and the
  // summary names every test that needed it (scripts/test.mjs), so a flake is seen, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PW_JSON
    ? [['list'], ['json', { outputFile: process.env.PW_JSON }]]
    : 'list',
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    headless: true,
    viewport: { width: 1024, height: 768 },
    locale: 'en-GB',
    // Installing the service worker precaches the whole app in every new context: only the specs
    // that stop the server need it, and they say so with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
  },
});
