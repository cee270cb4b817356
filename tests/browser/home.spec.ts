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

test('Home’s pictures are all drawn from one file, which a phone reads once', async ({ page }) => {
  // Every SVG file is read into a document of its own: fifteen of them held up a phone's start
  // (src/content/pictureSheets.ts). A picture added to Home must join that file.
  const pictureFiles = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/symbols/')) pictureFiles.add(path);
  });
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');
  await page.reload();
  await home.waitForReady();
  await home.expectTitle('Hello, Sam');
  const pictures = page.locator('img.picture__img');
  await expect
    .poll(() =>
      pictures.evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).every((i) => i.complete && i.naturalWidth > 0),
      ),
    )
    .toBe(true);
  const shown = await pictures.evaluateAll((imgs) =>
    imgs.map((i) => (i as HTMLImageElement).src.replace(location.origin, '')),
  );
  expect(shown.length).toBeGreaterThan(10);
  expect(shown.every((src) => src.startsWith('/symbols/sheets/first.svg#'))).toBe(true);
  expect([...pictureFiles]).toEqual(['/symbols/sheets/first.svg']);
});
