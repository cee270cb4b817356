// Sharing as the person and a member live it: the whole path by keyboard alone (invite, accept,
// let in, change what they may do, stop), and two devices where a private answer never reaches
// the supporter and an answer made private later leaves their device at its next sync.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { screenshots } from './support/screenshots';
import { AccountPage } from './pages/AccountPage';
import { HomePage } from './pages/HomePage';
import type { TestServer } from './support/server';
import { personSignedIn, signIn } from './support/sharing';

const SHOTS = process.env.SHOTS_DIR;

/** Presses Tab until the control has the focus, as a keyboard user does; fails if it never does. */
async function tabTo(page: Page, control: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await control.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${control.toString()}`);
}

async function personOn(browser: Browser, server: TestServer, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signIn(page, server, email);
  return page;
}

/** A sync round done: the app syncs as it starts, and says so on the account screen. */
async function synced(page: Page) {
  await page.goto('/account');
  await page.reload();
  await expect(new AccountPage(page).status('Everything is saved')).toBeVisible();
}

/** What this device holds in IndexedDB: every record's id and words, read outside the app. */
function heldRecords(page: Page): Promise<{ id: string; planId: string; text: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('records').objectStore('records').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(
              (get.result as { id: string; planId: string; data: unknown }[]).map((r) => ({
                id: r.id,
                planId: r.planId,
                text: JSON.stringify(r.data),
              })),
            );
          };
        };
      }),
  );
}

async function shots(page: Page, name: string) {
  if (!SHOTS) return;
  await screenshots(page, SHOTS, name, { restore: { width: 1280, height: 720 } });
}

test('by keyboard alone: invite, accept, let in, change what they may do, stop sharing', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(240_000); // two devices, several sync rounds, on a shared machine
  await personSignedIn(page, server, 'Sam', 'sam@example.org');

  await page.goto('/people');
  await expect(page.getByRole('heading', { name: 'My people', level: 1 })).toBeVisible();
  const history = page.getByRole('link', { name: 'Who has seen and changed my plan' });
  await expect(history).toHaveAttribute('href', '/plan-history');
  await expectNoAxeViolations(page, 'my people, empty');
  await shots(page, 'people-empty');
  await tabTo(page, page.getByRole('link', { name: 'Invite someone' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('radio', { name: 'Someone new' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: 'Their name' }));
  await page.keyboard.type('Alex');
  await tabTo(page, page.getByRole('radio', { name: /Supporter/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Help write my answers' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Make the invitation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your invitation is ready.' })).toBeVisible();
  const code = (await page.getByTestId('invite-code').textContent())!.trim();

  const alex = await personOn(browser, server, 'alex@example.org');
  await alex.goto('/invite');
  await tabTo(alex, alex.getByRole('textbox', { name: 'The code' }));
  await alex.keyboard.type(code);
  await alex.keyboard.press('Enter');
  await tabTo(alex, alex.getByRole('button', { name: 'Yes, I want to help' }));
  await alex.keyboard.press('Enter');
  await expect(alex.getByText('Thank you. They need to let you in now.')).toBeVisible();

  await page.goto('/people');
  await tabTo(page, page.getByRole('button', { name: 'Let Alex in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Alex wants to help you.' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Yes, let them in' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Alex can now help with your plan.')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Change what Alex can do' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('checkbox', { name: 'Help write my answers' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Help write my answers' })).not.toBeChecked();
  await expectNoAxeViolations(page, 'my people, changing what Alex can do');
  await tabTo(page, page.getByRole('button', { name: 'Change what Alex can do' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved. Alex can now do what you chose.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Alex' })).not.toContainText(
    'Help write my answers',
  );
  await expectNoAxeViolations(page, 'my people with Alex');
  await shots(page, 'people-alex');

  await tabTo(page, page.getByRole('button', { name: 'Stop sharing with Alex' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog', { name: 'Stop sharing with Alex?' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Yes, stop sharing' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('You stopped sharing with Alex.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alex' })).toHaveCount(0);

  // The way to the plan's history, by keyboard too.
  await tabTo(page, history);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Who has seen and changed my plan', level: 1 }),
  ).toBeVisible();
});

test('a private answer never reaches the supporter; one made private later leaves their device', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(240_000); // two devices, several sync rounds, on a shared machine
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');

  // Two answers: one only for Sam, one for the people Sam shares with.
  await home.goto('/planner/say/safe');
  await page.getByRole('textbox', { name: 'In my own words' }).fill('PRIVATE-WORDS night noise');
  await home.press(page.getByRole('checkbox', { name: /^Only me/ }));
  await expect(page.getByRole('checkbox', { name: /^Only me/ })).toBeChecked();
  await expectNoAxeViolations(page, 'say card, only me');
  await shots(page, 'say-only-me');
  await home.goto('/planner/say/treated');
  await page.getByRole('textbox', { name: 'In my own words' }).fill('SHARED-WORDS staff listen');
  await expect(page.getByRole('checkbox', { name: /^Only me/ })).not.toBeChecked();
  await home.goto('/planner/questions');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByRole('textbox', { name: 'Question 1' }).fill('When can I go home?');
  await expect(page.getByRole('group', { name: 'Who can see Question 1?' })).toBeVisible();
  await expectNoAxeViolations(page, 'questions with who can see');
  await shots(page, 'questions-privacy');
  await signIn(page, server, 'sam@example.org');

  // Sam invites Alex as a supporter (see and help write answers), Alex accepts, Sam lets them in.
  await page.goto('/people/invite');
  await home.press(page.getByRole('radio', { name: 'Someone new' }));
  await page.getByRole('textbox', { name: 'Their name' }).fill('Alex');
  await home.press(page.getByRole('radio', { name: /Supporter/ }));
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  const link = (await page.getByTestId('invite-link').textContent())!.trim();
  const alex = await personOn(browser, server, 'alex@example.org');
  await alex.goto(link);
  await alex.getByRole('button', { name: 'Yes, I want to help' }).click();
  await expect(alex.getByText('Thank you. They need to let you in now.')).toBeVisible();
  await page.goto('/people');
  await page.getByRole('button', { name: 'Let Alex in' }).click();
  await page.getByRole('button', { name: 'Yes, let them in' }).click();
  await expect(page.getByText('Alex can now help with your plan.')).toBeVisible();

  await synced(alex);
  let held = await heldRecords(alex);
  const shared = held.find((r) => r.text.includes('SHARED-WORDS'));
  expect(shared, 'the shared answer reached Alex').toBeDefined();
  expect(held.some((r) => r.text.includes('PRIVATE-WORDS'))).toBe(false);

  // Alex helps with Sam's plan; Sam sees whose words they are.
  await alex.goto('/');
  await alex.getByRole('button', { name: "Sam's plan" }).click();
  await alex.goto('/planner/say/care');
  await expect(alex.getByRole('checkbox', { name: /^Only me/ })).toHaveCount(0);
  await alex.getByRole('textbox', { name: 'In my own words' }).fill('Alex wrote this for Sam');
  await synced(alex);
  await synced(page);
  await page.goto('/planner/say/care');
  await expect(page.getByText('Alex (supporter) wrote this.')).toBeVisible();
  await expectNoAxeViolations(page, 'say card written by Alex');
  await shots(page, 'say-who-wrote');

  // Sam makes the shared answer private: at Alex's next sync it leaves Alex's device.
  await page.goto('/planner/say/treated');
  await home.press(page.getByRole('checkbox', { name: /^Only me/ }));
  await expect(page.getByRole('checkbox', { name: /^Only me/ })).toBeChecked();
  await synced(page);
  await synced(alex);
  held = await heldRecords(alex);
  expect(held.some((r) => r.id === shared!.id)).toBe(false);
  expect(held.some((r) => r.text.includes('SHARED-WORDS'))).toBe(false);
  expect(held.some((r) => r.text.includes('Alex wrote this for Sam'))).toBe(true);
});
