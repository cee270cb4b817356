import { LEARN_PAGES, LEARN_TOPICS } from '../../src/content/learnPages';
import { EasyReadPage } from './pages/EasyReadPage';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

test('the contents leads to every page, and next walks through them all in order', async ({
  page,
}) => {
  test.slow(); // many screens in one journey: give a busy machine time
  const learn = new EasyReadPage(page);
  await learn.goto('/learn');
  await learn.expectTitle('Learn about your review');
  await expectNoAxeViolations(page, '/learn');
  const topics = page.locator('.learn-topics a');
  await expect(topics).toHaveCount(LEARN_TOPICS.length);

  await topics.first().click();
  for (const [i, id] of LEARN_PAGES.entries()) {
    await expect(page).toHaveURL(new RegExp(`/learn/${id}$`));
    await expect(learn.heading).toBeFocused();
    await expect(learn.blocks.first().getByRole('img')).toBeVisible();
    await learn.expectPicturesLoaded();
    await expectNoAxeViolations(page, `/learn/${id}`);
    if (i < LEARN_PAGES.length - 1) await learn.next.click();
  }
  await expect(learn.next).toHaveCount(0);
  await learn.previous.click();
  await expect(page).toHaveURL(new RegExp(`/learn/${LEARN_PAGES.at(-2)}$`));
});

test('a hard word opens its meaning in place with the keyboard, and leads to the glossary', async ({
  page,
}) => {
  const learn = new EasyReadPage(page);
  await learn.goto('/learn/who-will-be-there');
  const word = learn.hardWord('chair');
  await word.focus();
  await page.keyboard.press('Enter');
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  const meaning = learn.meaning('chair');
  await expect(meaning).toContainText('The chair is the person who leads your review.');
  await expect(meaning.getByRole('img', { name: 'A person at work' })).toBeVisible();
  await expectNoAxeViolations(page, 'hard word open');
  await page.keyboard.press('Escape');
  await expect(meaning).toHaveCount(0);
  await expect(word).toBeFocused();

  await page.keyboard.press('Space');
  await meaning.getByRole('link', { name: 'See all the hard words' }).click();
  await expect(page).toHaveURL(/\/learn\/words#chair$/);
  const entry = page.locator('#chair');
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole('heading', { name: 'chair' })).toBeVisible();
  await expectNoAxeViolations(page, '/learn/words');
});

test('"What is this?" on another screen explains it, and leads straight back', async ({ page }) => {
  const learn = new EasyReadPage(page);
  await learn.goto('/day/whos-who');
  await page.getByRole('link', { name: 'What is this? Clinical expert' }).click();
  await expect(page.locator('#clinical-expert')).toBeFocused();
  await page.getByRole('link', { name: 'Go back to where I was' }).click();
  await expect(page).toHaveURL(/\/day\/whos-who$/);
  await learn.expectTitle("Who's who");

  await learn.goto('/day');
  await page.getByRole('link', { name: 'Read about the day of your review' }).click();
  await learn.expectTitle('The day of my review');
  await page.getByRole('link', { name: 'Go back to where I was' }).click();
  await learn.expectTitle('My review day');
});

test('every page, the glossary and the pictures work with the server stopped', async ({
  page,
  server,
}) => {
  test.slow(); // many screens in one journey: give a busy machine time
  const learn = new EasyReadPage(page);
  await learn.goto('/learn');
  await waitForServiceWorker(page);
  await server.stop();
  try {
    await page.reload();
    await learn.waitForApp();
    await learn.expectTitle('Learn about your review');
    await learn.expectPicturesLoaded();
    for (const id of ['four-questions', 'taking-part', 'children-and-young-people']) {
      await page.goto(`/learn/${id}`);
      await learn.waitForApp();
      await expect(learn.blocks.first()).toBeVisible();
      await learn.expectPicturesLoaded();
    }
    await learn
      .hardWord('EHCP')
      .or(learn.hardWord('Education, Health and Care Plan (EHCP)'))
      .click();
    await expect(learn.meaning('Education, Health and Care Plan (EHCP)')).toContainText(
      'It says what help',
    );
    await page.goto('/learn/words#advocate');
    await learn.waitForApp();
    await expect(page.locator('#advocate')).toBeFocused();
    await page.goto('/learn/pictures');
    await learn.waitForApp();
    await expect(page.getByText('The people who drew the pictures')).toBeVisible();
    await learn.expectPicturesLoaded();
  } finally {
    await server.start();
  }
});
