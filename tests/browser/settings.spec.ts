import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { SettingsPage } from './pages/SettingsPage';
import { installSpeechStub } from './support/speech';

test('settings can be changed with the keyboard alone, apply at once and stay after a reload', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.goto('/');
  // From Home, by keyboard only: Tab to the Settings tile and open it.
  const tile = page.locator('.tiles').getByRole('link', { name: /Settings/ });
  for (let i = 0; i < 30 && !(await tile.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(tile).toBeFocused();
  await page.keyboard.press('Enter');
  await settings.expectTitle('Settings');
  await expect(settings.heading).toBeFocused(); // focus moves to the new screen's title

  // Text size: Tab into the group, arrow to "Biggest".
  const normal = settings.option('Size of the words', 'Normal');
  for (let i = 0; i < 10 && !(await normal.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(normal).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(settings.option('Size of the words', 'Biggest')).toBeChecked();
  await expect.poll(() => settings.htmlAttribute('data-text-size')).toBe('200');
  const fontSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(fontSize).toBe('32px');

  // Colours: next group, arrow to "Yellow words on black".
  await page.keyboard.press('Tab'); // line spacing group
  await page.keyboard.press('ArrowRight');
  await expect(settings.option('Space between lines', 'More space')).toBeChecked();
  await page.keyboard.press('Tab'); // colours group
  await page.keyboard.press('ArrowRight');
  await expect(settings.option('Colours', 'Yellow words on black')).toBeChecked();
  await expect.poll(() => settings.htmlAttribute('data-theme')).toBe('contrast');

  // Pictures: "No pictures" hides every picture at once.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(settings.option('Pictures', 'No pictures')).toBeChecked();
  await expect(page.locator('main img')).toHaveCount(0);

  // Movement: a tick box, toggled with the space bar.
  await page.keyboard.press('Tab');
  await expect(settings.reduceMotion).toBeFocused();
  await page.keyboard.press('Space');
  await expect(settings.reduceMotion).toBeChecked();
  await expect.poll(() => settings.htmlAttribute('data-motion')).toBe('reduce');

  await page.reload();
  await settings.waitForApp();
  await expect(settings.option('Size of the words', 'Biggest')).toBeChecked();
  await expect(settings.option('Colours', 'Yellow words on black')).toBeChecked();
  expect(await settings.htmlAttribute('data-text-size')).toBe('200');
  await expect(settings.reduceMotion).toBeChecked();
});

test('the display settings are applied before the app’s JavaScript runs (no flash)', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.goto('/settings');
  await settings.choose('Size of the words', 'Biggest');
  await settings.choose('Colours', 'Light words on dark grey');
  await expect.poll(() => settings.htmlAttribute('data-theme')).toBe('dark');

  // Load the first screen with the app's JavaScript blocked: only index.html and the boot script.
  // In a new tab: this one may still be loading start-up code (the service worker's registration
  // waits a few seconds on screens other than Home), which the block would break.
  const fresh = await page.context().newPage();
  await fresh.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Welcome to My Review');
  const html = (name: string) =>
    fresh.evaluate((n) => document.documentElement.getAttribute(n), name);
  expect(await html('data-text-size')).toBe('200');
  expect(await html('data-theme')).toBe('dark');
  const bg = await fresh.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(27, 31, 35)');
});

test('read aloud: the voice list, speed and a try-out, with no voice said plainly', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // This Chromium has no voices: the app must say so instead of failing silently.
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
  });
  const settings = new SettingsPage(page);
  await settings.goto('/settings');
  await expect(page.getByText('This tablet has no voices for reading aloud.')).toBeVisible();
  await page.getByRole('button', { name: 'Try the voice' }).click();
  await expect(page.getByText(/This tablet has no voice to read aloud/)).toBeVisible();
  await settings.choose('Speed of reading', 'Slow');
  await settings.toggle(settings.readAloudToggle);
  await expect(settings.readAloudToggle).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Try the voice' })).toHaveCount(0);
});

test('voices and languages are cards, all in view: the usual voice is chosen until I pick one, and my pick stays', async ({
  page,
}) => {
  await installSpeechStub(page); // this Chromium has no voices of its own
  const settings = new SettingsPage(page);
  await settings.goto('/settings');
  await expect(settings.option('Voice', "The tablet's usual voice")).toBeChecked();
  await expect(settings.option('Voice', 'Kate')).not.toBeChecked();
  await expect(settings.option('Language', 'English')).toBeChecked();
  await expectNoAxeViolations(page, 'settings with voices to choose from');

  await settings.choose('Voice', 'Kate');
  await expect(settings.option('Voice', 'Kate')).toBeChecked();
  await expect(settings.option('Voice', "The tablet's usual voice")).not.toBeChecked();
  await page.reload();
  await settings.waitForApp();
  await expect(settings.option('Voice', 'Kate')).toBeChecked();
});

test('storage on this tablet is shown in words', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto('/settings');
  await expect(page.getByText(/My Review uses .* on this tablet\./)).toBeVisible();
});
