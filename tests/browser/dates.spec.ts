// One way of writing a date on every screen, from the app's language (British English), even on a
// browser set to US English (issue 9, item 13: print said "2030-05-14", My review day "Tuesday,
// May 14, 2030", Home "Tuesday 14 May 2030").
import { expect, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

test.use({ locale: 'en-US' });

test('the review date reads the same on Home, My review day and the printed planner', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.goto('/planner/review/when');
  await p.type('Date of my review', '2030-05-14');

  // Day, month, year, as in the UK (whether the weekday has a comma is the browser's own data).
  const written = /Tuesday,? 14 May 2030/;
  const seen = new Set<string>();
  for (const path of ['/', '/day', '/planner/print']) {
    await p.goto(path);
    await expect(page.locator('main'), path).toContainText(written);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text, path).not.toMatch(/May 14|2030-05-14|14\/05\/2030|5\/14\/2030/);
    seen.add(written.exec(text)![0]);
  }
  expect([...seen], 'the same words on every screen').toHaveLength(1);
});
