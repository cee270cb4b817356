// With the server stopped (not Playwright's setOffline, which does not cover the service worker),
// the app must start, show what was saved, and save new work.
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { SettingsPage } from './pages/SettingsPage';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app starts with the server stopped, shows saved work and saves new work', async ({
  page,
  server,
}) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Jordan');
  await waitForServiceWorker(page);

  await server.stop();
  expect(
    await fetch(`${server.url}/api/health`).then(
      () => 'up',
      () => 'down',
    ),
  ).toBe('down');

  await page.reload();
  await home.waitForReady();
  await home.expectTitle('Hello, Jordan');
  await expect(home.saveStatus).toBeVisible();

  // A screen never opened before comes from the precache too.
  const settings = new SettingsPage(page);
  await settings.homeLink.click();
  await page
    .getByRole('link', { name: /Settings/ })
    .first()
    .click();
  await settings.expectTitle('Settings');
  await settings.choose('Size of the words', 'Bigger');
  await expect.poll(() => settings.htmlAttribute('data-text-size')).toBe('150');

  // New work is saved with no server.
  await settings.homeLink.click();
  await page.getByRole('button', { name: 'Change my name' }).click();
  await home.setName('Jo');
  await page.reload();
  await home.waitForReady();
  await home.expectTitle('Hello, Jo');
  expect(await settings.htmlAttribute('data-text-size')).toBe('150');

  // The help page, its pictures and its words work offline too.
  await page.goto('/help');
  await home.expectTitle('Help');
  const broken = await page
    .locator('img')
    .evaluateAll(
      (imgs) =>
        imgs.filter(
          (i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0,
        ).length,
    );
  expect(broken).toBe(0);

  await server.start();
  await page.reload();
  await home.expectTitle('Help');
});

test('the first visit is controlled by the service worker without a reload', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  await waitForServiceWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
});

test('the precache holds the shell, every screen, every locale and every picture', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  const built = readdirSync('dist/assets')
    .filter((f) => /\.(js|css|svg|png|json)$/.test(f))
    .map((f) => `assets/${f}`);
  expect(built.length).toBeGreaterThan(10);
  for (const file of [
    ...built,
    'index.html', // with the settings script and the first screen's styles inside it
    'manifest.webmanifest',
    'icons/icon-192.png',
  ]) {
    expect(precached.has(file), `${file} is not precached`).toBe(true);
  }
  // No file twice (a known vite-plugin-pwa trap with manifest icons).
  expect([...sw.matchAll(/url:"([^"]+)"/g)].length).toBe(precached.size);
});
