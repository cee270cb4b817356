// A member leaves a plan they help with (issue 12 item 3), on their own phone: "Leave Sam's plan"
// on the account screen asks first; with no connection it says nothing has changed and the plan
// stays; connected, the server agrees, the plan leaves the phone and the screen says so. Also:
// Settings › Storage says how much photos and recordings take (item 5).
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { screenshots } from './support/screenshots';
import { HomePage } from './pages/HomePage';
import {
  acceptByLink,
  currentPlanId,
  indexedDbDump,
  invite,
  letIn,
  personOn,
  personSignedIn,
  syncNow,
} from './support/sharing';

test.describe.configure({ timeout: 120_000 });

const SHOTS = '/tmp/shots/gaps12';

/** Screenshots of the whole page, or of the screen around `at` (a long page, an open dialog). */
async function shots(page: Page, name: string, at?: Locator | 'viewport') {
  if (!process.env.SHOTS) return;
  await screenshots(page, SHOTS, name, { at, restore: { width: 810, height: 1080 } });
}

test("a supporter leaves Sam's plan: refused plainly offline, then gone once the server agrees", async ({
  page,
  browser,
  server,
}) => {
  await personSignedIn(page, server, 'Sam', 'sam-leave@example.org');
  const planId = await currentPlanId(page);
  const { link } = await invite(page, { name: 'Alex' }, /Supporter/);
  const alex = await personOn(browser, server, 'alex-leave@example.org');
  await acceptByLink(alex, link);
  await letIn(page, 'Alex');
  await expect(page.getByText('Alex can now help with your plan.')).toBeVisible();

  // Alex's phone gets Sam's plan.
  await new HomePage(alex).goto('/');
  await syncNow(alex);
  await expect(alex.getByRole('button', { name: "Sam's plan" })).toBeVisible();

  await alex.goto('/account');
  await expect(alex.getByRole('heading', { name: 'Plans I help with' })).toBeVisible();
  await expectNoAxeViolations(alex, 'account with plans I help with');
  await shots(alex, 'account-leave');

  // Reached by keyboard; the question says what will happen.
  const leave = alex.getByRole('button', { name: "Leave Sam's plan" });
  await leave.focus();
  await alex.keyboard.press('Enter');
  const ask = alex.getByRole('alertdialog', { name: "Leave Sam's plan?" });
  await expect(ask).toContainText('You will stop helping with this plan.');
  await expect(ask).toContainText('This plan will go from this tablet.');
  await expectNoAxeViolations(alex, 'leave question');
  await shots(alex, 'leave-question', 'viewport');

  // No connection: nothing changes, and the phone says so.
  await alex.context().setOffline(true);
  await ask.getByRole('button', { name: "Yes, leave Sam's plan" }).click();
  await expect(alex.getByText('You are not connected to the internet.')).toBeVisible();
  await expect(
    alex.getByText("Nothing has changed. You still help with Sam's plan."),
  ).toBeVisible();
  await expect(alex.getByText(/You have left/)).toHaveCount(0);
  expect(JSON.stringify(await indexedDbDump(alex))).toContain(planId);
  await expectNoAxeViolations(alex, 'leave refused offline');
  await shots(alex, 'leave-offline');

  // Connected: the server agrees, then the plan leaves the phone.
  await alex.context().setOffline(false);
  await alex.getByRole('button', { name: "Leave Sam's plan" }).click();
  await alex.getByRole('button', { name: "Yes, leave Sam's plan" }).click();
  await expect(alex.getByText("You have left Sam's plan.")).toBeVisible();
  await expect(alex.getByText('It is gone from this tablet.')).toBeVisible();
  await expect(alex.getByRole('button', { name: "Leave Sam's plan" })).toHaveCount(0);
  await expectNoAxeViolations(alex, 'left the plan');
  await shots(alex, 'leave-done');
  const held = await indexedDbDump(alex);
  const left = Object.entries(held).filter(
    ([store, rows]) =>
      !store.endsWith('/outbox') && JSON.stringify(rows).includes(`"planId":"${planId}"`),
  );
  expect(left).toEqual([]);
  expect(held['my-review/plans']!.map((p) => (p as { id: string }).id)).not.toContain(planId);

  // Home no longer offers Sam's plan, and the server has Alex no more: a new round brings
  // nothing of it back.
  await new HomePage(alex).goto('/');
  await syncNow(alex);
  await expect(alex.getByRole('button', { name: "Sam's plan" })).toHaveCount(0);
  expect(JSON.stringify(await indexedDbDump(alex))).not.toContain(`"planId":"${planId}"`);
  await alex.context().close();
});

test('Settings says how much photos and recordings take', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  // A photo and a recording as the app stores them (the sizes are what the screen adds up).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('media', 'readwrite');
          const store = tx.objectStore('media');
          const row = (n: number, mime: string, size: number) => ({
            sha256: String(n).repeat(64),
            planId: 'p',
            mime,
            bytes: new ArrayBuffer(size),
            size,
            createdAt: new Date().toISOString(),
            uploaded: 0,
          });
          store.put(row(1, 'image/jpeg', 1_200_000));
          store.put(row(2, 'image/png', 300_000));
          store.put(row(3, 'audio/webm', 450_000));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/settings');
  const kinds = page.getByRole('list', { name: 'What takes the space' });
  await expect(kinds.getByText('Photos take 1.5 MB.')).toBeVisible();
  await expect(kinds.getByText('Recordings take 450 kB.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings storage');
  await shots(page, 'settings-storage', kinds);
});
