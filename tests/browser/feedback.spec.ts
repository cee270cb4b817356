import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { isoDaysFromToday } from './support/files';
import { PlannerScreens } from './pages/PlannerScreens';

async function reviewOn(p: PlannerScreens, days: number) {
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', isoDaysFromToday(days));
}

test('feedback over two sittings with a supporter; finishing makes version 1; a later change is version 2', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await reviewOn(p, -2);
  await p.open('/feedback', 'My feedback');
  await expect(page.getByText('You have not started your feedback yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'feedback, not started');
  await p.link('Start my feedback').click();

  await p.expectTitle('Who is helping you with your feedback?');
  await p.type('Their name', 'Priya');
  await p.type('Who are they to you?', 'my advocate');
  await p.type('When did they help you?', 'Monday morning');
  await p.next();
  await p.expectTitle('Did you feel listened to?');
  await p.choose('Good');
  await p.type('In my own words', 'They let me finish.');
  await p.next();
  await p.choose('Not sure');

  // A second sitting, another day: everything is still there.
  await page.reload();
  await p.waitForApp();
  await p.open('/feedback', 'My feedback');
  await expect(page.getByText(/You have started your feedback/)).toBeVisible();
  await p.link('Carry on with my feedback').click();
  await p.expectTitle('Did you get to say what you wanted?');
  await p.tick('I do not want to answer this question');
  await p.open('/feedback/wentWell', 'What went well?');
  // Open questions have words and a recording, no picture scale.
  await expect(page.getByRole('radiogroup', { name: 'How do you feel about this?' })).toHaveCount(
    0,
  );
  await p.type('In my own words', 'Having a break after lunch.');

  await p.open('/feedback/send', 'Finish your feedback');
  await p.button('My feedback is finished').click();
  await expect(
    page.getByText(/Your feedback is finished\. You finished version 1 on /),
  ).toBeVisible();
  await expect(p.button('My feedback is finished')).toHaveCount(0);
  // Nothing was sent, and no screen says it was: sending is a step of its own (deliver.spec.ts).
  await expect(page.locator('main')).not.toContainText(/\bsent\b/i);
  await expect(p.link('Send my feedback to a professional')).toBeVisible();
  await expectNoAxeViolations(page, 'feedback finished');

  // A change after finishing can be a new version; the finished one stays as it was.
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await p.choose('Not good');
  await p.open('/feedback/send', 'Finish your feedback');
  await expect(
    page.getByText(
      'You changed your feedback after you finished it. Your changes can be version 2.',
    ),
  ).toBeVisible();
  await p.button('Finish version 2').click();
  await expect(page.getByText(/You finished version 2 on /)).toBeVisible();

  await p.open('/feedback', 'My feedback');
  const versions = page.locator('details');
  await expect(versions).toHaveCount(2);
  await versions.filter({ hasText: 'Version 1' }).locator('summary').click();
  const v1 = versions.filter({ hasText: 'Version 1' });
  await expect(v1).toContainText('Priya helped with this feedback. They are: my advocate.');
  // Who wrote the words: the helper was named, so the answers say so.
  await expect(v1).toContainText('Written with help from Priya:');
  await expect(v1).not.toContainText('We do not know who wrote these words');
  await expect(
    v1.locator('.read-answer').filter({ hasText: 'Did you feel listened to?' }),
  ).toContainText('Good');
  await expect(
    v1.locator('.read-answer').filter({ hasText: 'Did you feel listened to?' }),
  ).toContainText('They let me finish.');
  await versions.filter({ hasText: 'Version 2' }).locator('summary').click();
  await expect(
    versions
      .filter({ hasText: 'Version 2' })
      .locator('.read-answer')
      .filter({ hasText: 'Did you feel listened to?' }),
  ).toContainText('Not good');
  await expect(page.locator('main')).not.toContainText(/\bsent\b/i);
  await expectNoAxeViolations(page, 'feedback with two versions');
});

test('feedback cannot be finished before the review, and the screen says why', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await p.choose('Good');
  await p.open('/feedback/send', 'Finish your feedback');
  await expect(p.button('My feedback is finished')).toHaveCount(0);
  await expect(
    page.getByText('You can finish it after your review. First, add the date of your review.'),
  ).toBeVisible();
  await p.link('Add the date of my review').click();
  await p.expectTitle('When is your review?');
  await p.type('Date of my review', isoDaysFromToday(5));
  await p.open('/feedback/send', 'Finish your feedback');
  await expect(p.button('My feedback is finished')).toHaveCount(0);
  await expect(page.getByText(/You can finish it after your review on /)).toBeVisible();
  await expectNoAxeViolations(page, 'feedback, before the review');
});

test('13 days after the due date: the date has passed, and feedback is still worth giving', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await reviewOn(p, -20);
  await p.open('/feedback', 'My feedback');
  await expect(
    page.getByText(/That date has passed\. Your feedback still matters\. You can still give it\./),
  ).toBeVisible();
  await expect(page.getByText(/Try to give your feedback by/)).toHaveCount(0);
});

test('finished feedback is given by print, the share sheet or a ready email, with its words', async ({
  page,
}) => {
  // The tablet's share sheet, as a stand-in that keeps what it was given.
  await page.addInitScript(() => {
    const w = window as unknown as { shared: unknown[] };
    w.shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        w.shared.push(data);
        return Promise.resolve();
      },
    });
  });
  const p = new PlannerScreens(page);
  await reviewOn(p, -3);
  await p.open('/feedback/helper', 'Who is helping you with your feedback?');
  await p.type('Their name', 'Priya');
  await p.open('/feedback/wentWell', 'What went well?');
  await p.type('In my own words', 'Having a break after lunch.');
  await p.open('/feedback/send', 'Finish your feedback');
  await p.button('My feedback is finished').click();
  const give = page.getByRole('region', { name: /Give your feedback to someone/ });
  await expect(give.getByRole('button', { name: 'Print my feedback' })).toBeVisible();
  await give.getByRole('button', { name: 'Share my feedback' }).click();
  const shared = (await page.evaluate(
    () => (window as unknown as { shared: unknown[] }).shared,
  )) as {
    title: string;
    text: string;
  }[];
  expect(shared).toHaveLength(1);
  expect(shared[0]!.title).toBe('My feedback about my review');
  expect(shared[0]!.text).toContain('What went well?\nHaving a break after lunch.');
  expect(shared[0]!.text).toContain('Priya helped with this feedback.');
  const email = give.getByRole('link', { name: 'Write an email with my feedback' });
  const href = (await email.getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(decodeURIComponent(href.split('&body=')[1]!)).toBe(shared[0]!.text);
  await expect(give).toContainText('Having a break after lunch.');
  await expectNoAxeViolations(page, 'feedback, ways to give it');

  // The printed planner names who helped with the words.
  await p.open('/planner/print');
  const printed = page.locator('section.part').filter({ hasText: 'My feedback' });
  await expect(printed).toContainText('Written with help from Priya:');
  await expect(printed).not.toContainText('We do not know who wrote these words');
});
