import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsInEveryTheme,
  test,
} from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

const REVIEW = [
  'when',
  'how',
  'where',
  'kind',
  'setting',
  'age',
  'care-coordinator',
  'commissioner',
];
const TAKING_PART = ['ways', 'with-me', 'break', 'helps'];
const NEEDS = ['place', 'time', 'senses', 'understand', 'breaks', 'other'];
const SCHOOL = ['name', 'learn', 'hard', 'plan', 'teachers'];
const PERSON = ['name', 'kind', 'joining', 'agree', 'needs', 'photo'];
const FEEDBACK = ['helper', 'listened', 'wentWell', 'send'];

/** A young person's planner with a family member invited, so every part of every screen shows. */
async function setUp(p: PlannerScreens): Promise<string> {
  await p.open('/planner/review/kind', 'What kind of review is it?');
  await p.choose(/^Care, Education and Treatment Review/);
  await p.open('/planner/review/age', 'How old are you?');
  await p.choose('16 or older');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.type('Their name', 'Mum');
  await p.next();
  await p.choose('Family');
  return new URL(p.page.url()).pathname.split('/')[3]!;
}

async function checkAll(page: Page, paths: string[]) {
  const p = new PlannerScreens(page);
  for (const path of paths) {
    await p.visit(path);
    await expect(p.heading).not.toHaveText('We cannot find this page');
    await expect(p.heading).not.toHaveText('This page is not here');
    await expect(p.heading).not.toBeEmpty();
    await expectNoAxeViolations(page, path);
  }
}

test('every planner screen passes axe (part 1: my review, consent, people)', async ({ page }) => {
  test.setTimeout(300_000);
  const p = new PlannerScreens(page);
  const id = await setUp(p);
  await checkAll(page, [
    '/planner',
    ...REVIEW.map((s) => `/planner/review/${s}`),
    '/planner/consent',
    '/planner/consent/review',
    '/planner/consent/share',
    `/planner/consent/person-${id}`,
    '/planner/consent/history',
    '/planner/people',
    ...PERSON.map((s) => `/planner/people/${id}/${s}`),
  ]);
});

test('every planner screen passes axe (part 2: taking part, what I want to say, questions, needs)', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const p = new PlannerScreens(page);
  await setUp(p);
  await checkAll(page, [
    ...TAKING_PART.map((s) => `/planner/taking-part/${s}`),
    '/planner/say',
    '/planner/say/safe',
    '/planner/say/other',
    '/planner/questions',
    ...NEEDS.map((s) => `/planner/needs/${s}`),
  ]);
});

test('every planner screen passes axe (part 3: school, print, feedback)', async ({ page }) => {
  test.setTimeout(300_000);
  const p = new PlannerScreens(page);
  await setUp(p);
  await checkAll(page, [
    ...SCHOOL.map((s) => `/planner/school/${s}`),
    '/planner/print',
    '/planner/about-me',
    '/feedback',
    ...FEEDBACK.map((s) => `/feedback/${s}`),
  ]);
});

test.describe('at 320 pixels wide with the biggest words', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways and every target is big enough', async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(() =>
      localStorage.setItem(
        'my-review.display',
        JSON.stringify({ 'data-text-size': '200', 'data-theme': 'standard', lang: 'en' }),
      ),
    );
    const p = new PlannerScreens(page);
    const id = await setUp(p);
    for (const path of [
      '/planner',
      '/planner/review/when',
      '/planner/consent',
      `/planner/consent/person-${id}`,
      '/planner/people',
      '/planner/taking-part/ways',
      '/planner/say/safe',
      '/planner/questions',
      '/feedback/send',
      '/planner/print',
      '/',
    ]) {
      await p.visit(path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
      const small = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'main a.button, main button, main label.choice',
            ),
          ]
            .filter((el) => el.offsetParent)
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width < 44 || r.height < 44).length,
      );
      expect(small, `small targets on ${path}`).toBe(0);
    }
  });
});

async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

test('a step can be answered and left with the keyboard alone', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/needs/time', 'What time of day is best for you?');
  await tabTo(page, p.radio('The morning'));
  await page.keyboard.press('Space');
  await expect(p.radio('The morning')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(p.radio('The afternoon')).toBeChecked();
  await p.expectSaved();
  await tabTo(page, p.textbox('Anything else about times'));
  await page.keyboard.type('After 10 is best');
  await tabTo(page, p.link(/^Next/));
  await page.keyboard.press('Enter');
  await p.expectTitle('What helps with noise, light and smells?');
  // Focus moves to the new question, so a screen reader starts there.
  await expect(p.heading).toBeFocused();
  // One Tab stop per group of cards; the arrow keys move between the cards.
  await p.open('/planner/taking-part/break', 'How will you show you need a break?');
  await tabTo(page, p.radio('Say that I need a break'));
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(p.radio('Leave the room')).toBeChecked();
  await p.open('/planner/needs/time', 'What time of day is best for you?');
  await expect(p.textbox('Anything else about times')).toHaveValue('After 10 is best');
  await expect(p.radio('The afternoon')).toBeChecked();
});

test("the planner's own styles keep their contrast in every theme, with answers given", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const p = new PlannerScreens(page);
  const id = await setUp(p);
  await p.open(`/planner/consent/person-${id}`, 'Do you agree to Mum taking part?');
  await p.choose('Yes, I agree');
  await p.open('/planner/say/safe', 'Do you feel safe?');
  await p.choose('Good');
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', '2030-01-20');
  for (const path of [
    '/',
    '/planner',
    '/planner/people',
    `/planner/consent/person-${id}`,
    '/planner/say/safe',
    '/planner/say',
  ]) {
    await p.goto(path);
    await expect(p.heading).not.toBeEmpty();
    await expectNoAxeViolationsInEveryTheme(page, path);
  }
});
