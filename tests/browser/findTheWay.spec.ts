// Finding the way (issue 9): the task is where the eye lands, every card that looks tappable is,
// and every screen leads back to its own part of the app.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { AppPage } from './pages/AppPage';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';
import { ROUTES } from './support/routes';

test('a list card opens its question wherever it is tapped, and is one link', async ({ page }) => {
  const app = new AppPage(page);
  for (const [path, question, opens] of [
    ['/planner/say', 'Do you feel safe?', '/planner/say/safe'],
    ['/feedback', 'Did you feel listened to?', '/feedback/listened'],
  ] as const) {
    await app.goto(path);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: question, exact: true }) });
    await expect(card.getByRole('link')).toHaveCount(1);
    // The corner of the card, far from the words of the link, on its border (a position is from
    // the inside of the border). Placed by the card at the moment of the press: the screen may
    // still be filling in above it, which made a press by page coordinates miss on a busy run.
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width - 6, y: box.height - 6 } });
    await expect(page).toHaveURL(opens);
  }
});

/** Layout shifts since the page started, as Lighthouse counts them (not those after input). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

test('a first visit starts with "What would you like us to call you?", and nothing moves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Already in the prerendered first paint, before the tiles and What happens next.
  const html = await (await page.request.get('/')).text();
  const at = (words: string) => html.indexOf(words);
  expect(at('What would you like us to call you?')).toBeGreaterThan(0);
  expect(at('What would you like us to call you?')).toBeLessThan(at('What happens next'));

  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await expect(home.nameField).toBeInViewport();
  const field = (await home.nameField.boundingBox())!;
  const next = (await page.getByRole('heading', { name: 'What happens next' }).boundingBox())!;
  expect(field.y).toBeLessThan(next.y);
  expect(await layoutShift(page)).toBe(0);

  // Once named, a return visit paints without the question: it does not show and then vanish.
  // (On a tablet: on a phone "Welcome to My Review" takes two lines and "Hello, Sam" one.)
  await home.setName('Sam');
  await page.setViewportSize({ width: 810, height: 1080 });
  await page.reload();
  await home.waitForReady();
  await expect(home.heading).toHaveText('Hello, Sam');
  await expect(home.nameField).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change my name' })).toBeVisible();
  expect(await layoutShift(page)).toBe(0);
});

test('each screen leads back to its own part of the app, not only Home', async ({ page }) => {
  const app = new AppPage(page);
  for (const [path, link, to] of [
    ['/day/timetable', 'Back to My review day', '/day'],
    ['/day/whos-who', 'Back to My review day', '/day'],
    ['/day/cards', 'Back to My review day', '/day'],
    ['/day/communication', 'Back to My review day', '/day'],
    ['/day/communication/show', 'Back to How I communicate', '/day/communication'],
    ['/planner/print', 'Back to My planner', '/planner'],
    ['/planner/about-me', 'Back to My planner', '/planner'],
    ['/pictures', 'Back to Settings', '/settings'],
  ] as const) {
    await app.goto(path);
    await page.getByRole('main').getByRole('link', { name: link, exact: true }).click();
    await expect(page, `${path} → ${to}`).toHaveURL(to);
  }
});

test("Who's who shows the care co-ordinator from the planner, and links to the planner's list", async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.goto('/planner/review/care-coordinator');
  await p.type('Their name', 'Dee Okafor');
  await p.goto('/day/whos-who');
  const dee = page.getByRole('listitem', { name: 'Dee Okafor' });
  await expect(dee).toContainText('Care co-ordinator');
  await page.getByRole('link', { name: 'Change who comes, in my planner' }).click();
  await expect(page).toHaveURL('/planner/people');
});

test('a screen does not move when the screens its links open are fetched ahead', async ({
  page,
}) => {
  // A finger down on a link fetches that screen's code, and its styles with it, before the finger
  // lifts (src/app/preloadLinks.ts). Styles a screen uses but did not bring itself arrived then and
  // moved the page under the finger, so the lift landed on nothing. Each screen is opened afresh:
  // styles another screen already brought would hide this.
  test.setTimeout(ROUTES.length * 8_000);
  const app = new AppPage(page);
  const moved: string[] = [];
  for (const route of ROUTES) {
    await app.goto(route.path);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      await frame();
      await frame();
      let sum = 0;
      const shifts = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) sum += (e as unknown as { value: number }).value;
      });
      shifts.observe({ type: 'layout-shift' });
      // Done once nothing more has arrived for 300 ms (each fetch is a resource entry).
      let quietSince = performance.now();
      const fetches = new PerformanceObserver(() => (quietSince = performance.now()));
      fetches.observe({ type: 'resource' });
      for (const link of document.querySelectorAll('#app a[href^="/"]'))
        link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      while (performance.now() - quietSince < 300) await frame();
      await frame();
      for (const e of shifts.takeRecords()) sum += (e as unknown as { value: number }).value;
      shifts.disconnect();
      fetches.disconnect();
      return sum;
    });
    if (shift > 0) moved.push(`${route.path}: ${shift.toFixed(4)}`);
  }
  expect(moved).toEqual([]);
});
