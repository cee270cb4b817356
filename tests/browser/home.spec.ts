import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { HomePage } from './pages/HomePage';

test('home greets the person by the name they chose, after a reload too', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.expectTitle('Welcome to My Review');
  await expectNoAxeViolations(page, 'home (first use)');

  await home.setName('Sam');
  await expect(home.saveStatus).toBeVisible();
  await page.reload();
  await home.waitForReady();
  await home.expectTitle('Hello, Sam');
  await expect(home.nameField).toHaveCount(0);
  await expectNoAxeViolations(page, 'home (with a name)');
});

test('home shows tiles only for parts of the app that exist, and each one opens', async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.goto('/');
  const tiles = page.locator('.tiles a');
  const hrefs = await tiles.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) {
    await home.goto(href);
    await expect(home.heading).not.toHaveText('We cannot find this page');
  }
});

test('on a phone with the biggest words, no button breaks a word in two', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
  await expect(page.getByRole('button', { name: 'Save my name' })).toBeVisible();
  // A word on two lines has two boxes on the screen. "Save my name" was once "Sa / ve / m / y".
  const words = await page.locator('.button__label').evaluateAll((labels) =>
    labels.flatMap((label) =>
      [...label.childNodes]
        .filter((n): n is Text => n instanceof Text)
        .flatMap((text) =>
          [...text.data.matchAll(/\S+/g)].map((m) => {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            return { word: m[0], boxes: range.getClientRects().length };
          }),
        ),
    ),
  );
  expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['Save', 'my', 'name']));
  expect(words.filter((w) => w.boxes > 1)).toEqual([]);
});
