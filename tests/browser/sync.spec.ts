import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scriptErrors, test } from './support/fixtures';
import { addVirtualPasskeys } from './support/passkeys';
import { AccountPage } from './pages/AccountPage';
import { ConflictsPage } from './pages/ConflictsPage';
import { HomePage } from './pages/HomePage';

/** A second device: its own browser context (its own IndexedDB), failing on script errors too. */
async function secondDevice(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  return { page, errors: scriptErrors(page) };
}

/**
 * No sideways scrolling at 320 CSS px (reflow, WCAG 1.4.10) nor at 200% text on a 1280 px screen
 * (like browser zoom: 640 CSS px wide, WCAG 1.4.4).
 */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const size = page.viewportSize();
  for (const [width, text] of [
    [320, '100'],
    [640, '200'],
  ] as const) {
    await page.setViewportSize({ width, height: 720 });
    await page.evaluate((t) => document.documentElement.setAttribute('data-text-size', t), text);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${label} scrolls sideways at ${width} px, ${text}% text`).toBeLessThanOrEqual(
      0,
    );
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '100'));
  if (size) await page.setViewportSize(size);
}

/** The app tries again at once when the connection comes back. */
async function backOnline(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

async function changeName(home: HomePage, name: string) {
  await home.page.getByRole('button', { name: 'Change my name' }).click();
  await home.setName(name);
}

test('what is typed before sign-in reaches the server, and another device gets it', async ({
  page,
  browser,
  server,
}) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');
  await expect(home.saveStatus).toBeVisible();

  const account = new AccountPage(page);
  await account.open();
  await expectNoAxeViolations(page, 'account (signed out)');
  await expectNoSidewaysScroll(page, 'account (signed out)');
  await account.signInWithCode('sam@example.org', (e) => server.mail.codeFor(e));
  await expect(account.status('Everything is saved')).toBeVisible();
  await expect(account.status(/Last saved online today at/)).toBeVisible();
  await expectNoAxeViolations(page, 'account (signed in)');
  await expectNoSidewaysScroll(page, 'account (signed in)');

  const phone = await browser.newContext({ baseURL: server.url });
  const second = await secondDevice(phone);
  const account2 = new AccountPage(second.page);
  await account2.open();
  await account2.signInWithCode('sam@example.org', (e) => server.mail.codeFor(e));
  const home2 = new HomePage(second.page);
  await home2.goto('/');
  await home2.expectTitle('Hello, Sam');
  await phone.close();
  expect(second.errors).toEqual([]);
});

test('signs in with a passkey, made after a first sign-in by email code', async ({
  page,
  server,
}) => {
  await addVirtualPasskeys(page);
  // A passkey belongs to a domain name, so this test uses localhost, not 127.0.0.1.
  const account = new AccountPage(page);
  await account.open(`http://localhost:${server.port}`);
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible();
  await expectNoAxeViolations(page, 'account with passkeys (signed out)');
  await account.signInWithCode('pat@example.org', (e) => server.mail.codeFor(e));
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(account.status('Your passkey is ready.')).toBeVisible();
  await account.signOut('Sign out and remove my plan from here');
  await expect(page.getByText('You are signed out.')).toBeVisible();

  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(account.heading).toHaveText('Your account');
  await expect(page.getByText('You are signed in as pat@example.org.')).toBeVisible();
  await expect(account.status('Everything is saved')).toBeVisible();
});

test('two devices change one answer while the server is away; a person chooses, and both agree', async ({
  page,
  browser,
  server,
}) => {
  const homeA = new HomePage(page);
  await homeA.goto('/');
  await homeA.waitForReady();
  await homeA.setName('Sam');
  await new AccountPage(page).open();
  await new AccountPage(page).signInWithCode('two@example.org', (e) => server.mail.codeFor(e));

  const tablet = await browser.newContext({ baseURL: server.url });
  const b = await secondDevice(tablet);
  const accountB = new AccountPage(b.page);
  await accountB.open();
  await accountB.signInWithCode('two@example.org', (e) => server.mail.codeFor(e));
  const homeB = new HomePage(b.page);
  await homeB.goto('/');
  await homeB.expectTitle('Hello, Sam');
  await homeA.goto('/');

  await server.stop();
  await changeName(homeA, 'Sammy');
  await changeName(homeB, 'Samantha');
  const offline = 'Not connected — your work is safe on this tablet';
  await expect(homeA.page.getByRole('status').filter({ hasText: offline })).toBeVisible();
  await expect(homeB.page.getByRole('status').filter({ hasText: offline })).toBeVisible();

  await server.start();
  await backOnline(homeA.page);
  await expect(
    homeA.page.getByRole('status').filter({ hasText: 'Everything is saved' }),
  ).toBeVisible();
  await backOnline(homeB.page);

  const conflictsB = new ConflictsPage(b.page);
  await expect(conflictsB.notice).toBeVisible();
  await b.page.getByRole('link', { name: 'Check the answers' }).click();
  await conflictsB.expectTitle('Answers to check');
  await expect(
    b.page.getByText(
      'This answer was changed in another place while you were not connected. Which one do you want to keep?',
    ),
  ).toBeVisible();
  await expect(conflictsB.version(1)).toContainText('Sammy');
  await expect(conflictsB.version(1)).toContainText('Written on another phone, tablet or computer');
  await expect(conflictsB.version(2)).toContainText('Samantha');
  await expect(conflictsB.version(2)).toContainText('Written on this tablet');
  await expectNoAxeViolations(b.page, 'conflicts');
  await expectNoSidewaysScroll(b.page, 'conflicts');

  await conflictsB.keep('Keep answer 2').click();
  await expect(
    b.page.getByText('There is nothing to check. All your answers agree.'),
  ).toBeVisible();
  await homeB.goto('/');
  await homeB.expectTitle('Hello, Samantha');
  await expect(b.page.getByRole('status').filter({ hasText: 'Everything is saved' })).toBeVisible();

  await backOnline(homeA.page);
  await homeA.expectTitle('Hello, Samantha');
  await expect(new ConflictsPage(page).notice).toHaveCount(0);
  await tablet.close();
  expect(b.errors).toEqual([]);
});
