// Two builds of the app (dist = v1, dist-v2 = v2; npm test makes both). A new version waits for
// the person's yes, only appears when nothing is open, and never reloads on its own.
import { DIST_V2 } from './support/server';
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { AppPage } from './pages/AppPage';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

test('a new version waits for the person, and only when no form or dialog is open', async ({
  page,
  server,
}) => {
  const app = new AppPage(page);
  await app.goto('/help');
  await expect(page.getByText('This is version v1 of My Review.')).toBeVisible();
  await waitForServiceWorker(page);

  await server.stop();
  await server.start(DIST_V2);

  // Open a dialog first: the offer must wait until it is closed.
  await page.goto('/kit');
  await app.waitForApp();
  const prompt = page.getByText('A new version of My Review is ready.');
  await page.getByRole('button', { name: 'Open the dialog' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The new service worker installs in the background and waits.
  await page.waitForFunction(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  await page.waitForTimeout(500);
  await expect(prompt).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(prompt).toBeVisible();

  // Still the old version until the person says yes; "Later" hides the offer for now.
  await page.getByRole('link', { name: 'Help' }).first().click();
  await expect(page.getByText('This is version v1 of My Review.')).toBeVisible();
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await page.waitForTimeout(1000);
  await expect(page.getByText('This is version v1 of My Review.')).toBeVisible();

  // Next time the app starts, it offers again; yes reloads into the new version.
  await page.reload();
  await expect(prompt).toBeVisible();
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText('This is version v2 of My Review.')).toBeVisible();
});
