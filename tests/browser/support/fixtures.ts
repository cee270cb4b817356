import axeCore from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';
import { startTestServer, type TestServer } from './server';

/** The WCAG 2.2 A and AA rules (and their 2.0/2.1 ancestors): zero violations on every screen. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules whose outcome depends on the colours: the only ones that change with the theme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core itself, put into the page once and run there. (@axe-core/playwright injects it again
 * for every check and gathers results frame by frame: about five times slower, and the app has no
 * frames.)
 */
async function runAxe(page: Page, only: 'every rule' | 'colour rules') {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeCore.source);
  return page.evaluate(
    ({ tags, rules }) =>
      (window as unknown as { axe: typeof axeCore }).axe
        .run(
          document,
          rules.length
            ? { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] }
            : { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
        )
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        ),
    { tags: AXE_TAGS, rules: only === 'colour rules' ? COLOUR_RULES : [] },
  );
}

export async function expectNoAxeViolations(
  page: Page,
  label = page.url(),
  only: 'every rule' | 'colour rules' = 'every rule',
) {
  const violations = await runAxe(page, only);
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * Every rule on the screen as it is, then the colour rules in the other two themes, switched in
 * place as Settings switches them (a reload per theme would only repeat the other rules).
 */
export async function expectNoAxeViolationsInEveryTheme(page: Page, label = page.url()) {
  await expectNoAxeViolations(page, label);
  const shown = await page.evaluate(() => document.documentElement.dataset.theme);
  for (const theme of ['standard', 'contrast', 'dark'].filter((t) => t !== shown)) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    await expectNoAxeViolations(page, `${label} (${theme} theme)`, 'colour rules');
  }
}

/**
 * The page's script errors as they happen (console errors and uncaught exceptions). Failed network
 * requests are left out: offline tests make them on purpose.
 */
export function scriptErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

interface Fixtures {
  server: TestServer;
  /** Console errors and CSP violations seen during the test: a passing test has none. */
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const server = await startTestServer();
    await use(server);
    await server.dispose();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  // Every test fails on a script error or a Content-Security-Policy violation. Failed network
  // requests are left out: offline tests make them on purpose. A violation the page catches (an
  // eval probe in a try) logs nothing, so the page's own violation event is reported as an error.
  consoleErrors: [
    async ({ page }, use) => {
      await page.addInitScript(reportCspViolations);
      const errors = scriptErrors(page);
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs in the page before its scripts: each CSP violation becomes a console error. */
function reportCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '';
    console.error(
      `Content-Security-Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}${where}`,
    );
  });
}

export { expect };

/** Waits until the service worker controls the page: from then on it works with no server. */
// The service worker registers once the first screen is ready and the browser idle, then
// precaches about 500 files: on a busy two-core machine that took close to 20 s.
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 40_000,
  });
}
