// A quiet console: no screen logs anything (not even a warning) and none breaks the
// Content-Security-Policy. Lighthouse's best-practices score counts both, and a person's helper
// opening the browser's tools should find nothing to worry about.
import type { CDPSession } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { ROUTES } from './support/routes';
import { AppPage } from './pages/AppPage';

// As a person's browser runs it: with the service worker (its messages count too).
test.use({ serviceWorkers: 'allow' });

test('no screen logs a message or breaks the Content-Security-Policy', async ({ page }) => {
  test.setTimeout(ROUTES.length * 10_000);
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()} (${page.url()})`));
  // CSP violations as the browser's Issues panel lists them (what Lighthouse reads), including
  // ones the page never sees as a console message.
  const cdp: CDPSession = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue')
      messages.push(`CSP: ${JSON.stringify(issue.details)} (${page.url()})`);
  });
  await cdp.send('Audits.enable');

  const app = new AppPage(page);
  for (const route of ROUTES) {
    await app.goto(route.path);
    await expect(app.heading).toBeVisible();
    // Whatever the screen loads after it shows (the sync engine, pictures) has arrived too.
    await page.waitForLoadState('networkidle');
  }
  expect(messages).toEqual([]);
});
