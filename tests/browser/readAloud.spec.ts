import { AppPage } from './pages/AppPage';
import { EasyReadPage } from './pages/EasyReadPage';
import { ROUTES } from './support/routes';
import { expect, test } from './support/fixtures';
import { finishSentence, installSpeechStub, spoken } from './support/speech';

test('a page is read sentence by sentence with the chosen voice and speed, lit up as it goes', async ({
  page,
}) => {
  await installSpeechStub(page, { hold: true });
  const learn = new EasyReadPage(page);
  await learn.goto('/settings');
  await learn.press(
    page.getByRole('radiogroup', { name: 'Voice' }).getByRole('radio', { name: 'Kate' }),
  );
  await learn.press(page.getByRole('radio', { name: 'Slow', exact: true }));

  await learn.goto('/learn/four-questions');
  await expect.poll(() => spoken(page)).toEqual([]); // it never speaks on its own
  await learn.readPage.click();
  await expect
    .poll(() => spoken(page))
    .toEqual([{ text: 'Why the review matters: 4 questions', rate: 0.7, voiceURI: 'kate' }]);
  await finishSentence(page);
  await expect(learn.speaking).toHaveText('Every review asks 4 big questions about you.');
  await finishSentence(page);
  await expect(learn.speaking).toHaveText('Question 1 is: Am I safe?');
  await page.getByRole('button', { name: 'Stop' }).first().click();
  await expect(learn.speaking).toHaveCount(0);

  // Going to another page stops the reading: the voice does not carry on over the new page.
  await learn.readPage.click();
  await expect.poll(async () => (await spoken(page)).length).toBe(4);
  await finishSentence(page); // the title is read first; then the lede lights up
  await expect(learn.speaking).toHaveCount(1);
  await learn.next.click();
  await learn.expectTitle('Who will be there');
  await expect(learn.readPage).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __current: unknown }).__current)).toBe(
    null,
  );
});

test('one sentence, a hard word and a glossary entry can each be heard on their own', async ({
  page,
}) => {
  await installSpeechStub(page);
  const learn = new EasyReadPage(page);
  await learn.goto('/learn/if-i-cannot-decide');
  await page
    .locator('.easy-text__sentence', { hasText: 'For example, they can explain it' })
    .getByRole('button', { name: 'Hear this sentence' })
    .click();
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.text))
    .toEqual(['For example, they can explain it in a different way.']);

  await learn.hardWord('advocate').click();
  await learn
    .meaning('advocate')
    .getByRole('button', { name: 'Hear what it means (advocate)' })
    .click();
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.text).slice(1))
    .toEqual([
      'advocate',
      'An advocate is someone who helps you speak up.',
      'They make sure people listen to what you want.',
    ]);

  await learn.goto('/learn/words');
  await page.getByRole('button', { name: 'Hear what it means (discharge)' }).click();
  await expect
    .poll(async () => (await spoken(page)).at(-1)?.text)
    .toBe('There should be a plan for where you will live and who will support you.');
});

test('says plainly when the tablet has no voice', async ({ page }) => {
  await installSpeechStub(page, { voices: [] });
  const learn = new EasyReadPage(page);
  await learn.goto('/learn/my-rights');
  await learn.sentenceSpeakers.first().click();
  await expect(page.getByRole('alert')).toHaveText(
    'This tablet has no voice to read aloud. You can ask someone to read it with you.',
  );
});

test('with read-aloud turned off, no speaker buttons show anywhere', async ({ page }) => {
  await installSpeechStub(page);
  const learn = new EasyReadPage(page);
  await learn.goto('/settings');
  await learn.press(page.getByRole('checkbox', { name: 'Show the read aloud buttons' }));
  await expect(
    page.getByRole('checkbox', { name: 'Show the read aloud buttons' }),
  ).not.toBeChecked();
  for (const path of ['/learn/the-day', '/learn/words', '/day/cards']) {
    await learn.goto(path);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.getByRole('button', { name: /Read .* aloud|Hear/ })).toHaveCount(0);
  }
});

test('every screen has Read aloud', async ({ page }) => {
  test.setTimeout(ROUTES.length * 10_000);
  const app = new AppPage(page);
  const missing: string[] = [];
  for (const route of ROUTES) {
    await app.visit(route.path);
    await expect(app.heading).toBeVisible();
    const button = page.getByRole('main').getByRole('button', { name: /^Read (.* )?aloud$/ });
    if (!(await button.first().isVisible())) missing.push(route.path);
  }
  expect(missing, 'screens with no Read aloud').toEqual([]);
});

test('a screen with no words prepared reads what it shows, from the title down', async ({
  page,
}) => {
  await installSpeechStub(page);
  const app = new AppPage(page);
  await app.goto('/settings');
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  await expect.poll(async () => (await spoken(page)).map((s) => s.text)[0]).toBe('Settings');
});
