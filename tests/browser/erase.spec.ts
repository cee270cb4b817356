import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { screenshots } from './support/screenshots';
import { AccountPage } from './pages/AccountPage';
import { HomePage } from './pages/HomePage';
import { personOn, personSignedIn } from './support/sharing';

const SHOTS = '/tmp/shots/g2-erase';

/** Records in this device's IndexedDB whose words say "Sam" (what the plan held). */
async function samRecords(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => {
            resolve(all.result.filter((r) => JSON.stringify(r).includes('Sam')).length);
            open.result.close();
          };
        };
      }),
  );
}

const shots = (page: Page, name: string) => screenshots(page, SHOTS, name);

test('deleting the account empties this tablet and the person’s other signed-in device', async ({
  page,
  browser,
  server,
}) => {
  await personSignedIn(page, server, 'Sam', 'sam-erase@example.org');
  const account = new AccountPage(page);

  const page2 = await personOn(browser, server, 'sam-erase@example.org');
  const home2 = new HomePage(page2);
  await home2.goto('/');
  await home2.expectTitle('Hello, Sam');
  expect(await samRecords(page2)).toBeGreaterThan(0);

  // The warning, reached by keyboard.
  const erase = page.getByRole('button', { name: 'Delete my account and everything' });
  await erase.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('You cannot undo this. Nobody can get it back.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Save a copy first' })).toHaveAttribute(
    'href',
    '/my-data',
  );
  await expectNoAxeViolations(page, 'delete account (warning)');
  await shots(page, 'warning');
  await page.getByRole('button', { name: 'Yes, I want to delete everything' }).click();
  await expect(page.getByRole('heading', { name: 'Show it is you' })).toBeVisible();
  await expectNoAxeViolations(page, 'delete account (sign in again)');
  await shots(page, 'signin');
  await account
    .signInWithCode('sam-erase@example.org', (e) => server.mail.codeFor(e))
    .catch(
      () => undefined, // the heading changes as the account goes
    );
  await expect(page.getByText('Your account and plan are deleted.')).toBeVisible();
  await expect(account.heading).toHaveText('Keep my plan safe');
  expect(await samRecords(page)).toBe(0);
  await shots(page, 'done');

  // The other device, at its next contact.
  await page2.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page2.getByText('Your account and plan are deleted.')).toBeVisible();
  await expect.poll(() => samRecords(page2)).toBe(0);
  await page2.context().close();
});

test('when deleting fails, the screen says nothing was deleted', async ({ page, server }) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');
  const account = new AccountPage(page);
  await account.open();
  await account.signInWithCode('sam-erase-fails@example.org', (e) => server.mail.codeFor(e));
  // The server refuses: the sign-in is too old (as after ten minutes).
  await page.route('**/api/account/erase', (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'sign_in_again', message: 'Please sign in again.' }),
    }),
  );
  await page.getByRole('button', { name: 'Delete my account and everything' }).click();
  await page.getByRole('button', { name: 'Yes, I want to delete everything' }).click();
  await page
    .getByRole('textbox', { name: 'Your email address' })
    .fill('sam-erase-fails@example.org');
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await page
    .getByRole('textbox', { name: 'The 6 numbers from the email' })
    .fill(server.mail.codeFor('sam-erase-fails@example.org'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was deleted' });
  await expect(alert).toContainText('Please sign in again. Your sign-in was too long ago.');
  await expect(alert).toContainText('Nothing was deleted. Your account and plan are still here.');
  expect(await samRecords(page)).toBeGreaterThan(0);
  await expectNoAxeViolations(page, 'delete account (failed)');
  if (process.env.SHOTS) await screenshots(page, '/tmp/shots/gaps12', 'erase-failed');
});
