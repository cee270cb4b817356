// Step-by-step screens (the planner's questions, feedback): where the person is and how they get
// back to their question. Issue 9, items 7 and 8.
import { expect, test } from './support/fixtures';
import { EasyReadPage } from './pages/EasyReadPage';
import { PlannerScreens } from './pages/PlannerScreens';

test.describe('on a phone with the biggest words', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the question and its first answer are on the first screen; the parts are one tap away', async ({
    page,
  }) => {
    await page.addInitScript(() =>
      localStorage.setItem('my-review.display', JSON.stringify({ 'data-text-size': '200' })),
    );
    const p = new PlannerScreens(page);
    await p.open('/planner/say', 'What I want to say');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200');
    await p.link('Start the questions').click();
    await p.expectTitle('Do you feel safe?');

    const firstAnswer = page.locator('.step-body label').first();
    await expect(firstAnswer).toBeVisible();
    const box = (await firstAnswer.boundingBox())!;
    // Measured in the viewport: at least a whole target's height of the first answer shows.
    expect(box.y, 'first answer below the top of the screen').toBeGreaterThanOrEqual(0);
    expect(box.y + 44, 'first answer within the first screen').toBeLessThanOrEqual(844);
    await expect(p.heading).toBeInViewport();

    // "Part 1 of 10"; the list of parts opens with one tap.
    const parts = page.getByRole('navigation', { name: 'Parts of What I want to say' });
    const toggle = parts.getByRole('button', { name: /Part 1 of 10/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(parts.getByRole('link')).toHaveCount(0);
    await toggle.click();
    await expect(parts.getByRole('link')).toHaveCount(10);
    await parts.getByRole('link', { name: /My care/ }).click();
    await p.expectTitle('What do you think about your care and treatment?');
  });
});

test('"What is this?" leads back to the exact question and place, after reading on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const p = new PlannerScreens(page);
  const learn = new EasyReadPage(page);
  await p.open('/planner/say/safe', 'Do you feel safe?');
  await page.evaluate(() => window.scrollTo(0, 120));
  const whatIsThis = page.getByRole('main').getByRole('link', { name: 'What is this?' });
  await whatIsThis.click();
  await learn.expectTitle('Why the review matters: 4 questions');
  // Reading on to another page keeps the way back (it used to lead to the page before).
  await learn.next.click();
  await expect(p.heading).not.toHaveText('Why the review matters: 4 questions');
  await page.getByRole('link', { name: 'Go back to where I was' }).click();
  await p.expectTitle('Do you feel safe?');
  await expect(page).toHaveURL(/\/planner\/say\/safe$/);
  await expect(whatIsThis).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(120);
});

test('from a feedback step too', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/feedback/send');
  const question = (await p.heading.textContent())!;
  await page.getByRole('main').getByRole('link', { name: 'What is this?' }).click();
  await expect(p.heading).not.toHaveText(question);
  await page.getByRole('link', { name: 'Go back to where I was' }).click();
  await p.expectTitle(question);
  await expect(page).toHaveURL(/\/feedback\/send$/);
});

test('a step that is not there says so, with a way back to its section', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/feedback/nowhere', 'This page is not here');
  await p.link('Back to My feedback').click();
  await expect(page).toHaveURL(/\/feedback$/);
});

test('a screen opened by its address never says "We cannot find this page" while its code loads', async ({
  page,
}) => {
  // Every page title the app ever puts on the screen, from the very start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    const shown: string[] = [];
    Object.assign(window, { __titles: seen, __shown: shown });
    new MutationObserver(() => {
      const h1 = document.querySelector('#app main h1');
      if (!h1) return;
      const text = h1.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
      // The ones a person could see: not hidden by the page's own styles.
      const visible = getComputedStyle(h1).visibility === 'visible';
      if (visible && shown.at(-1) !== text) shown.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  const p = new PlannerScreens(page);
  await p.open('/feedback/send', 'Finish your feedback');
  const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
  // Nor Home, whose first paint index.html holds for every address: it stays hidden meanwhile.
  const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
  expect(titles).not.toContain('We cannot find this page');
  expect(titles.at(-1)).toBe('Finish your feedback');
  expect(shown).toEqual(['Finish your feedback']);
});
