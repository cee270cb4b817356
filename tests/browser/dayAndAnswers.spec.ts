// Issue 9 (items 9, 16, 18, 20): less at once on a question and on the day, pictures that do not
// mislead, and small layout faults that a person at 200% text notices.
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { DayPage } from './pages/DayPage';
import { PlannerScreens } from './pages/PlannerScreens';

test('a question fits the feeling and own words on a tablet; more ways are one tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 810, height: 1080 });
  const p = new PlannerScreens(page);
  await p.open('/planner/say/safe', 'Do you feel safe?');
  // Was 2,285 px with eight blocks at once.
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(tall).toBeLessThan(1800);
  await expect(p.button('Record my answer')).toHaveCount(0);
  await p.button('More ways to answer').click();
  await expect(p.button('Record my answer')).toBeVisible();
  await expect(p.button('Take a photo')).toBeVisible();
  await expectNoAxeViolations(page, 'question with more ways open');
});

test('a question for the panel can be recorded or shown with a photo, as elsewhere', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/questions', 'What do you want to ask the panel?');
  await p.button('Add a question').click();
  await p.button('Record or add a photo for question 1').click();
  await expect(p.button('Record question 1').or(page.getByText(/cannot record/))).toBeVisible();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    p.button('Choose a photo').click(),
  ]);
  await chooser.setFiles('public/icons/icon-512.png');
  await expect(page.getByRole('img', { name: 'Your photo for question 1' })).toBeVisible();
  await page.reload();
  await p.waitForApp();
  // Saved, so it shows without a tap.
  await expect(page.getByRole('img', { name: 'Your photo for question 1' })).toBeVisible();
});

// The clock on the review day is tested in tests/component/day/timetable.test.tsx.
test('the timetable shows the day with now and next; editing is one tap away', async ({ page }) => {
  const day = new DayPage(page);
  await day.goto('/day/timetable');
  await page.getByRole('button', { name: 'Start with the usual plan' }).click();
  await expect(day.steps).toHaveCount(10);
  await page.getByRole('button', { name: 'I have finished changing' }).first().click();
  // Not four edit buttons on every step.
  await expect(page.getByRole('button', { name: /^Move up \(/ })).toHaveCount(0);
  await expect(page.locator('li[aria-current="step"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'We are here (Break)' }).click();
  const now = page.locator('li[aria-current="step"]');
  await expect(now).toContainText('Now');
  await expect(now).toContainText('Break');
  await expect(page.locator('.step--next')).toContainText('Lunch');
  await expect(page.locator('.now-next')).toContainText('Now');
  await expectNoAxeViolations(page, 'timetable on the day');
  await page.reload();
  await day.waitForApp();
  await expect(page.locator('li[aria-current="step"]')).toContainText('Break');
  await page.getByRole('button', { name: 'Change the timetable' }).click();
  await expect(page.getByRole('button', { name: /^Move up \(/ })).toHaveCount(10);
});

test('two-digit step numbers have room inside their border', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/say/other', /Is there anything else/);
  // The numbered parts are one tap away ("Part 10 of 10"): open the list.
  await page
    .getByRole('navigation', { name: /^Parts of/ })
    .getByRole('button')
    .click();
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.steps__number')]
      .filter((el) => el.textContent!.trim().length === 2 && el.offsetParent)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        return Math.min(text.left - box.left, box.right - text.right);
      }),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(3);
});

test('a button keeps its picture beside its words, not alone on a line above', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const p = new PlannerScreens(page);
  await p.open('/planner/questions', 'What do you want to ask the panel?');
  await p.button('Add a question').click();
  await expect(p.button('Record or add a photo for question 1')).toBeVisible();
  const above = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.button')]
      .filter((b) => b.querySelector('.picture') && b.offsetParent)
      .filter((b) => {
        const pic = b.querySelector('.picture')!.getBoundingClientRect();
        const label = b.querySelector('.button__label')!.getBoundingClientRect();
        return pic.bottom <= label.top + 1;
      })
      .map((b) => b.textContent),
  );
  expect(above).toEqual([]);
});
