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
