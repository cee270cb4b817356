import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { brokenWords } from './support/words';

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

test('on a phone with the biggest text, the page title is on the first screen, below the frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    localStorage.setItem('my-review.display', JSON.stringify({ 'data-text-size': '200' }));
  });
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  // Home, Help and My cards are all there and big enough to press, with their words whole.
  const nav = page.getByRole('navigation', { name: 'Go to' });
  for (const way of [
    nav.getByRole('link', { name: 'Home' }),
    nav.getByRole('link', { name: 'Help' }),
    nav.getByRole('button', { name: 'My cards' }),
  ]) {
    await expect(way).toBeInViewport();
    expect((await way.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  // In one row, each word whole.
  const rows = await nav.evaluate(
    (n) => new Set([...n.children].map((c) => c.getBoundingClientRect().top)).size,
  );
  expect(rows).toBe(1);
  expect(await brokenWords(page)).toEqual([]);
  const title = (await home.heading.boundingBox())!;
  expect(title.y + title.height).toBeLessThanOrEqual(844);
  await expect(page.getByText('Saved on this tablet')).toBeInViewport();
});
