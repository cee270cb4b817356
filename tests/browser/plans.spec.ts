// Many plans on one device: a supporter's tablet holds the person's own plan and Sam's. The
// person chooses whose review, sees whose plan it is on every screen, and writes in that plan only.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { HomePage } from './pages/HomePage';

/** A second plan on this device, as the sync engine stores one it pulled (a supporter's role). */
async function addHelpedPlan(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const id = '0190a000-0000-7000-8000-000000000abc';
          const tx = open.result.transaction('plans', 'readwrite');
          tx.objectStore('plans').put({
            id,
            origin: 'server',
            role: 'supporter',
            createdAt: new Date().toISOString(),
            checkpoint: 0,
            userId: 'helper',
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve(id);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const shots = process.env.SHOTS_DIR;

test('two plans on one device: choose whose review, see whose plan it is, write in that plan only', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Jo');
  await expect(page.getByRole('heading', { name: 'Whose review?' })).toHaveCount(0);

  await addHelpedPlan(page);
  // Written outside the app's own database code, so the app sees it when it next starts.
  await page.reload();
  await home.waitForReady();
  const whose = page.getByRole('heading', { name: 'Whose review?' });
  await expect(whose).toBeVisible();
  await expect(page.getByRole('button', { name: 'My own plan' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: "Someone's plan" }).click();
  await expect(page.getByText("You are helping with someone else's plan")).toBeVisible();
  // Sam's plan has no name yet: the name is written in Sam's plan, not in Jo's.
  await home.setName('Sam');
  await expect(page.getByText("You are helping with Sam's plan")).toBeVisible();
  await expect(page.getByRole('button', { name: "Sam's plan" })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectNoAxeViolations(page, "home on Sam's plan");
  if (shots) await page.screenshot({ path: `${shots}/plans-home-810.png`, fullPage: true });

  // Every screen of Sam's plan says whose it is.
  await home.goto('/planner');
  await expect(page.getByText("You are helping with Sam's plan")).toBeVisible();
  await home.goto('/day');
  await expect(page.getByText("You are helping with Sam's plan")).toBeVisible();

  // Back to Jo's own plan: Jo's name, no banner, and nothing of Sam's written here.
  await page.getByRole('link', { name: 'Change whose plan' }).click();
  await page.getByRole('button', { name: 'My own plan' }).click();
  await home.expectTitle('Hello, Jo');
  await expect(page.getByText(/You are helping with/)).toHaveCount(0);
  await page.reload();
  await home.waitForReady();
  await home.expectTitle('Hello, Jo');

  if (shots) {
    await page.getByRole('button', { name: "Sam's plan" }).click();
    await expect(page.getByText("You are helping with Sam's plan")).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/plans-home-390.png`, fullPage: true });
    await home.goto('/settings');
    await home.press(page.getByRole('radio', { name: /Biggest/ }));
    await home.goto('/');
    await expect(page.getByText("You are helping with Sam's plan")).toBeVisible();
    await page.screenshot({ path: `${shots}/plans-home-390-200.png` });
    await page.setViewportSize({ width: 810, height: 1080 });
    await page.screenshot({ path: `${shots}/plans-home-810-200.png`, fullPage: true });
    await home.goto('/plan-history');
    // Not signed in here: the page says so (offline it would say it needs the internet).
    await expect(page.getByText('Sign in to see this page.')).toBeVisible();
    await page.screenshot({ path: `${shots}/audit-810-200.png`, fullPage: true });
  }
});
