// The actions agreed at the review, with the server stopped and by keyboard only: an action is
// refused without a named person and a date, saved when it has both, gets a dated update with a
// photo, is marked stuck and gives a ready letter (its email link and its printed page), and shows
// on Home when it is due this week.
import type { Locator, Page } from '@playwright/test';
import { addDays, localToday } from '../../src/shared/dates';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import type { TestServer } from './support/server';
import { personOn, signIn } from './support/sharing';

test.use({ serviceWorkers: 'allow' });

/** Moves focus with Tab (or Shift+Tab) until the control has it, as a keyboard user does. */
async function tabTo(page: Page, target: Locator, back = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

/** At 320 px wide with 200% text, nothing scrolls sideways and every target is 44 by 44 px. */
async function expectReflowAndTargets(page: Page, label: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
  // The same rule as the accessibility suite: a link inside a sentence is exempt (WCAG 2.5.8),
  // and a visually hidden radio is operated through its big label.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input')]
      .filter((el) => !(el.tagName === 'A' && el.closest('p, li')?.textContent !== el.textContent))
      .map((el) => (el.closest('label') ?? el).getBoundingClientRect())
      .filter((r) => (r.width || r.height) && (r.width < 43.5 || r.height < 43.5))
      .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small, `${label}: targets under 44 px`).toEqual([]);
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '100'));
  if (size) await page.setViewportSize(size);
}

async function typeInto(page: Page, target: Locator, words: string) {
  await tabTo(page, target);
  await page.keyboard.type(words);
}

/** The person's name on Home, the app kept by the service worker, then the server stopped. */
async function offlineAs(page: Page, server: TestServer, name: string) {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName(name);
  await waitForServiceWorker(page);
  await server.stop();
  return home;
}

test('an action, offline and by keyboard: refused, saved, updated, stuck with a letter, on Home', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const home = await offlineAs(page, server, 'Alex');
  await page.reload();
  await home.waitForReady();

  // Home → After my review → My actions, by keyboard.
  await tabTo(page, page.getByRole('link', { name: /After my review/ }));
  await page.keyboard.press('Enter');
  await home.expectTitle('After my review');
  await tabTo(page, page.getByRole('link', { name: /My actions/ }));
  await page.keyboard.press('Enter');
  await home.expectTitle('My actions');
  await expect(page.getByText('There are no actions here yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'my actions, empty');

  await tabTo(page, page.getByRole('button', { name: 'Add an action' }));
  await page.keyboard.press('Enter');
  await home.expectTitle('Add an action');
  const what = page.getByRole('textbox', { name: 'What will happen?' });
  const who = page.getByRole('textbox', { name: 'Who will do it?' });
  const save = page.getByRole('button', { name: 'Save this action' });
  await typeInto(page, what, 'Find me a flat near my mum.');
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'How will we know it is done?' }),
    'I have the keys.',
  );

  // No person, no date: refused, in one sentence, beside the button; nothing is saved.
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'An action needs a named person and a date, so it is not saved yet.',
  );
  await expect(save).toBeFocused();
  await expectNoAxeViolations(page, 'add an action, refused');

  await typeInto(page, who, 'Jo Smith');
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'An action needs a date, so it is not saved yet.',
  );

  // Nothing typed is lost: a reload brings the words back, and the list has no action yet.
  await page.reload();
  await home.expectTitle('Add an action');
  await expect(what).toHaveValue('Find me a flat near my mum.');
  await expect(who).toHaveValue('Jo Smith');

  const due = addDays(localToday(), 2);
  const byWhen = page.getByLabel('By when?');
  await tabTo(page, byWhen);
  // A date box takes its digits in the browser's own order; fill sets the same YYYY-MM-DD value.
  await byWhen.fill(due);
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await home.expectTitle('This action');
  await expect(page.getByText('Find me a flat near my mum.')).toBeVisible();
  await expect(page.getByText('Jo Smith', { exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Not started' })).toBeChecked();
  await expectNoAxeViolations(page, 'one action');
  await expectReflowAndTargets(page, 'one action');

  // A dated update with a photo.
  await tabTo(page, page.getByRole('button', { name: 'Add an update' }));
  await page.keyboard.press('Enter');
  await home.expectTitle('An update');
  await expect(page.getByLabel('When did it happen?')).toHaveValue(localToday());
  await typeInto(
    page,
    page.getByRole('textbox', { name: 'What happened?' }),
    'Called Jo on Tuesday. She said next week.',
  );
  await tabTo(page, page.getByRole('button', { name: 'Choose a photo' }));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Enter'),
  ]);
  await chooser.setFiles('public/icons/icon-512.png');
  await expect(page.getByRole('img', { name: 'Photo 1 with this update' })).toBeVisible();
  await expect(home.saveStatus.first()).toBeVisible();
  await expectNoAxeViolations(page, 'an update');
  await tabTo(page, page.getByRole('link', { name: 'Back to this action' }));
  await page.keyboard.press('Enter');
  await home.expectTitle('This action');
  await expect(page.getByText('Called Jo on Tuesday. She said next week.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo 1 with this update' })).toBeVisible();

  // Stuck: arrow keys move through the status cards and save at once.
  await tabTo(page, page.getByRole('radio', { name: 'Not started' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Stuck' })).toBeChecked();
  await expect(
    page.getByText('This action is stuck. You can write a letter about it.'),
  ).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'This is stuck: write a letter' }));
  await page.keyboard.press('Enter');
  await home.expectTitle('A letter about this action');

  const letter = page.getByRole('article');
  await expect(letter).toContainText('Dear Jo Smith,');
  await expect(letter).toContainText('The action was: Find me a flat near my mum.');
  await expect(letter).toContainText('The person named to do it is Jo Smith.');
  await expect(letter).toContainText('Called Jo on Tuesday. She said next week.');
  await expect(letter).toContainText('Yours sincerely,\nAlex');
  await expect(letter).not.toContainText('{{');
  await expect(page.locator('body')).not.toContainText(/\bsent\b/i);
  const email = page.getByRole('link', { name: 'Write an email with this letter' });
  const href = (await email.getAttribute('href'))!;
  expect(href).toMatch(/^mailto:\?subject=/);
  const mail = new URL(href);
  expect(mail.searchParams.get('subject')).toBe(
    'An action from my review is stuck: Find me a flat near my mum.',
  );
  expect(mail.searchParams.get('body')).toContain('Find me a flat near my mum.');
  expect(mail.searchParams.get('body')).toContain('Called Jo on Tuesday.');
  await expectNoAxeViolations(page, 'the letter');
  await expectReflowAndTargets(page, 'the letter');

  // To the commissioner instead: the greeting and the request change.
  await tabTo(page, page.getByRole('radio', { name: /The person named/ }), true);
  await page.keyboard.press('ArrowDown');
  await expect(letter).toContainText('Dear Sir or Madam,');
  await expect(letter).toContainText(
    'As the commissioner, please help make sure this action happens.',
  );

  // The printed page is the letter alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the letter' })).toBeHidden();
  await expect(email).toBeHidden();
  await expect(letter).toBeVisible();
  await expect(letter).toContainText('The person named to do it is Jo Smith.');
  await page.emulateMedia({ media: 'screen' });

  // Home shows it, due in two days, in the person's own words.
  await tabTo(page, home.homeLink, true);
  await page.keyboard.press('Enter');
  await home.waitForReady();
  const card = page.getByRole('region', { name: 'My actions to look at' });
  await expect(card).toContainText('Find me a flat near my mum.');
  await expect(card).toContainText('Who: Jo Smith');
  await expect(card).toContainText('It is due on');
  await expectNoAxeViolations(page, 'home with an action due');
  await expectReflowAndTargets(page, 'home with an action due');
});

test('an action made offline, with its update and photo, reaches another device', async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  const home = await offlineAs(page, server, 'Sam');
  await page.goto('/after/actions/new');
  await page.getByRole('textbox', { name: 'What will happen?' }).fill('Music lessons on Tuesdays.');
  await page.getByRole('textbox', { name: 'Who will do it?' }).fill('Pat Jones');
  await page.getByLabel('By when?').fill(addDays(localToday(), -1));
  await page.getByRole('button', { name: 'Save this action' }).click();
  await home.expectTitle('This action');
  await page.getByRole('button', { name: 'Add an update' }).click();
  await page.getByRole('textbox', { name: 'What happened?' }).fill('Pat phoned the school.');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a photo' }).click(),
  ]);
  await chooser.setFiles('public/icons/icon-512.png');
  await expect(page.getByRole('img', { name: 'Photo 1 with this update' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to this action' }).click();
  await home.press(page.getByRole('radio', { name: 'Happening' }));
  await expect(page.getByRole('radio', { name: 'Happening' })).toBeChecked();

  await server.start();
  await signIn(page, server, 'sam@example.org');

  const other = await personOn(browser, server, 'sam@example.org');
  const home2 = new HomePage(other);
  await home2.goto('/');
  // Due yesterday and not done: on Home, calmly.
  const card = other.getByRole('region', { name: 'My actions to look at' });
  await expect(card).toContainText('Music lessons on Tuesdays.');
  await expect(card).toContainText('It was due on');
  await card.getByRole('link', { name: 'Music lessons on Tuesdays.' }).click();
  await home2.expectTitle('This action');
  await expect(other.getByRole('radio', { name: 'Happening' })).toBeChecked();
  await expect(other.getByText('Pat phoned the school.')).toBeVisible();
  await expect(other.getByRole('img', { name: 'Photo 1 with this update' })).toBeVisible();
  await other.context().close();
});
