// The lock for a shared tablet (issue 12, item 4): set up in Settings, locks when My Review is
// left, opens with the picture code or the tablet's own lock, and loses nothing typed.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { addVirtualPasskeys } from './support/passkeys';

// The picture-code test stops the server and reloads: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

/** What the browser does when the person switches to another app and back. */
async function leaveAndComeBack(page: Page) {
  await page.evaluate(() => {
    const set = (state: string) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    set('hidden');
    set('visible');
  });
}

async function tapCode(page: Page, pictures: string[]) {
  const pad = page.getByRole('group', { name: /picture/ }).last();
  for (const name of pictures) await pad.getByRole('button', { name, exact: true }).click();
}

/** Picks a picture card (a radio), as a finger does: by tapping the card. */
async function choose(page: Page, name: string | RegExp) {
  const radio = page.getByRole('radio', { name, exact: typeof name === 'string' });
  await page.locator('label').filter({ has: radio }).click();
  await expect(radio).toBeChecked();
}

const CODE = ['Star', 'Cup', 'Star', 'Teddy bear'];

test('a picture code locks My Review when it is left, and nothing typed is lost', async ({
  page,
  server,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Lock My Review when I leave it' }).click();
  await page
    .locator('label')
    .filter({ has: page.getByRole('radio', { name: /With a picture code/ }) })
    .click();
  await tapCode(page, CODE);
  await expect(page.getByText('Now tap the same 4 pictures again.').first()).toBeVisible();
  await tapCode(page, CODE);
  await expect(page.getByText('The lock is on. My Review locks when you leave it.')).toBeVisible();
  await choose(page, 'As soon as I leave');

  // Words half-typed on Home (reached in the app: a reload is opening it afresh, which locks),
  // then the tablet is put down and picked up again.
  await page.getByRole('link', { name: 'Home' }).first().click();
  const name = page.getByRole('textbox', { name: 'What would you like us to call you?' });
  await name.fill('Sa');
  await leaveAndComeBack(page);
  const lock = page.getByRole('dialog', { name: 'My Review is locked' });
  await expect(lock).toBeVisible();
  await expect(lock.getByRole('heading', { name: 'My Review is locked' })).toBeFocused();
  await expect(name).toBeHidden();
  await expectNoAxeViolations(page, 'the lock screen');

  await tapCode(page, ['Cup', 'Cup', 'Cup', 'Cup']);
  await expect(lock.getByRole('alert')).toHaveText('Those are not your pictures. Try again.');
  // The right code, by keyboard alone.
  for (const picture of CODE) {
    const key = lock.getByRole('button', { name: picture, exact: true });
    await key.focus();
    await page.keyboard.press('Enter');
  }
  await expect(lock).toBeHidden();
  await expect(name).toHaveValue('Sa');

  // Opening the app again is coming back: it starts locked, also with the server stopped.
  await server.stop();
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'My Review is locked' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.lock)).toBe('on');
  await tapCode(page, CODE);
  await expect(page.getByRole('dialog', { name: 'My Review is locked' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the tablet’s own lock opens My Review (a passkey kept on the tablet)', async ({
  page,
  server,
}) => {
  await addVirtualPasskeys(page);
  // A passkey belongs to a domain name, so this test uses localhost, not 127.0.0.1.
  await page.goto(`http://localhost:${server.port}/settings`);
  await page.getByRole('button', { name: 'Lock My Review when I leave it' }).click();
  await page
    .locator('label')
    .filter({ has: page.getByRole('radio', { name: /With this tablet's lock/ }) })
    .click();
  await expect(page.getByText('The lock is on. My Review locks when you leave it.')).toBeVisible();
  await page.reload();
  const lock = page.getByRole('dialog', { name: 'My Review is locked' });
  await expect(lock).toBeVisible();
  await expectNoAxeViolations(page, 'the lock screen, tablet lock');
  await lock.getByRole('button', { name: "Unlock with this tablet's lock" }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});
