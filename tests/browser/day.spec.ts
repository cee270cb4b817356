import { DayPage } from './pages/DayPage';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { installSpeechStub, spoken } from './support/speech';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

test('"My cards" opens the cards full screen from every screen, by keyboard, and Escape goes back', async ({
  page,
}) => {
  test.slow(); // many screens in one journey: give a busy machine time
  await installSpeechStub(page);
  const day = new DayPage(page);
  for (const path of ['/', '/learn/the-day', '/day/timetable', '/settings']) {
    await day.goto(path);
    await day.cardsButton.focus();
    await page.keyboard.press('Enter');
    await expect(day.cardsDialog).toBeVisible();
    // Full screen: the cards cover the whole window.
    const box = await page.locator('.dialog--full').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1024, height: 768 });
    await expect(day.card('I need a break')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(day.cardsDialog).toHaveCount(0);
    await expect(day.cardsButton).toBeFocused();
  }

  await day.cardsButton.click();
  await expectNoAxeViolations(page, 'cards overlay');
  await day.card('Please stop').click();
  const words = day.cardsDialog.locator('.big-card__words');
  await expect(words).toHaveText('Please stop');
  await expect(words).toBeFocused();
  const size = await words.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  await expectNoAxeViolations(page, 'one card, big');
  await day.cardsDialog.getByRole('button', { name: 'Say it out loud' }).click();
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)).toEqual(['Please stop']);
  await day.cardsDialog.getByRole('button', { name: 'Show all my cards' }).click();
  await expect(day.card('Please stop')).toBeFocused();
  await day.cardsDialog.getByRole('button', { name: 'Close my cards' }).click();
  await expect(day.cardsButton).toBeFocused();
});

test('the timetable is made, reordered by tapping and kept, with the server stopped', async ({
  page,
  server,
}) => {
  const day = new DayPage(page);
  await day.goto('/day/timetable');
  await waitForServiceWorker(page);
  await server.stop();
  try {
    await page.reload();
    await day.waitForApp();
    await page.getByRole('button', { name: 'Start with the usual plan' }).click();
    await expect(day.steps).toHaveCount(10);
    await expectNoAxeViolations(page, '/day/timetable');

    // Keyboard only: move "Lunch" up twice.
    await day.step('Move up', 'Lunch').focus();
    await page.keyboard.press('Enter');
    await expect(day.step('Move up', 'Lunch')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Lunch is now step 4.')).toBeVisible();
    await expect(day.steps.nth(3)).toHaveText('Lunch');

    await day.step('Change', 'Lunch').click();
    const dialog = page.getByRole('dialog', { name: 'Change this step' });
    await dialog.getByRole('textbox', { name: 'What happens' }).fill('Lunch with Mum');
    await dialog.getByRole('button', { name: 'Save this step' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(day.step('Change', 'Lunch with Mum')).toBeFocused();

    await page.reload();
    await day.waitForApp();
    await expect(day.steps.nth(3)).toHaveText('Lunch with Mum');
    await expect(day.steps).toHaveCount(10);
  } finally {
    await server.start();
  }
});

test("Who's who: the chair is added with their photo, with the server stopped", async ({
  page,
  server,
}) => {
  const day = new DayPage(page);
  await day.goto('/day/whos-who');
  await waitForServiceWorker(page);
  await server.stop();
  try {
    await page.reload();
    await day.waitForApp();
    await page.getByRole('button', { name: 'Add their name and photo (Chair)' }).click();
    const form = page.getByRole('form', { name: 'The panel: Chair' });
    await expect(form.getByRole('textbox', { name: 'Their name' })).toBeFocused();
    await form.getByRole('textbox', { name: 'Their name' }).fill('Dr Rahman');
    // The camera button's input: a tablet opens its camera; here we hand it a photo.
    await form.locator('input[type="file"][capture]').setInputFiles('public/icons/icon-512.png');
    await expect(form.getByRole('img', { name: 'Photo of Dr Rahman' })).toBeVisible();
    await expectNoAxeViolations(page, "who's who form");
    await form.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('heading', { name: 'Dr Rahman' })).toBeVisible();

    // Photos show when the picture setting allows them: the page offers to, in one tap.
    await page.getByRole('button', { name: 'Show my photos' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Dr Rahman' }) });
    await expect(card.locator('img.picture__img--photo')).toBeVisible();
    await page.reload();
    await day.waitForApp();
    await expect(card.locator('img.picture__img--photo')).toBeVisible();
    await expectNoAxeViolations(page, "who's who with a photo");
  } finally {
    await server.start();
  }
});

test('"How I communicate" is written, shown and kept, with the server stopped', async ({
  page,
  server,
}) => {
  const day = new DayPage(page);
  await day.goto('/day/communication');
  await waitForServiceWorker(page);
  await server.stop();
  try {
    await page.reload();
    await day.waitForApp();
    await page
      .getByRole('textbox', { name: 'How to talk to me' })
      .fill('Speak slowly. Use my name.');
    await page.getByRole('textbox', { name: 'What calms me' }).fill('Music.');
    await page.getByRole('link', { name: 'Show my page' }).click();
    await day.expectTitle('How I communicate');
    await expect(page.getByRole('heading', { name: 'How to talk to me' })).toBeVisible();
    await expect(page.getByText('Speak slowly.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What I find hard' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'how I communicate, shown');
    await page.reload();
    await day.waitForApp();
    await expect(page.getByText('Music.')).toBeVisible();
  } finally {
    await server.start();
  }
});

const noSideways = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('the day and easy-read screens fit a 320 px phone, and a tablet at 200% text, with nothing to scroll sideways', async ({
  page,
}) => {
  test.slow(); // many screens in one journey: give a busy machine time
  const day = new DayPage(page);
  const paths = [
    '/day',
    '/day/timetable',
    '/day/whos-who',
    '/day/cards',
    '/day/communication',
    '/learn',
    '/learn/the-day',
    '/learn/words',
  ];
  await day.goto('/day/timetable');
  await page.getByRole('button', { name: 'Start with the usual plan' }).click();
  await expect(day.steps).toHaveCount(10);

  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await day.goto(path);
    expect(await noSideways(page), `${path} at 320 px`).toBeLessThanOrEqual(0);
  }
  await day.cardsButton.click();
  await day.card('I have a question').click();
  expect(await noSideways(page), 'a card at 320 px').toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 768, height: 1024 });
  await day.goto('/settings');
  await day.press(page.getByRole('radio', { name: /Biggest/ }));
  for (const path of paths) {
    await day.goto(path);
    expect(await noSideways(page), `${path} at 200% text`).toBeLessThanOrEqual(0);
  }
});

test('every "My review day" screen passes axe, and is reached from Home', async ({ page }) => {
  test.slow(); // many screens in one journey: give a busy machine time
  const day = new DayPage(page);
  await day.goto('/');
  await page.getByRole('link', { name: /My review day/ }).click();
  await day.expectTitle('My review day');
  await expect(
    page.getByText('Your planner does not have the date of your review yet.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, '/day');
  for (const [name, title] of [
    [/My timetable/, 'My timetable'],
    [/Who's who/, "Who's who"],
    [/My cards/, 'My cards'],
    [/How I communicate/, 'How I communicate'],
  ] as const) {
    await day.goto('/day');
    await page.getByRole('main').getByRole('link', { name }).click();
    await day.expectTitle(title);
    await expect(day.heading).toBeFocused();
    await expectNoAxeViolations(page, title);
  }
});

test('"How I communicate" prints as the person’s page, without the app around it', async ({
  page,
}) => {
  const day = new DayPage(page);
  await day.goto('/day/communication');
  await page.getByRole('textbox', { name: 'What helps me' }).fill('Pictures.');
  await page.getByRole('link', { name: 'Show my page' }).click();
  await expect(page.getByText('Pictures.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.frame-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'What helps me' })).toBeVisible();
  await expect(page.getByText('Pictures.')).toBeVisible();
});
