import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

test('feedback over two sittings with a supporter; sending makes version 1; a later change is version 2', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
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

  await p.open('/feedback/send', 'Send your feedback');
  await p.button('Send my feedback').click();
  await expect(page.getByText(/You sent your feedback on .*This is version 1\./)).toBeVisible();
  await expect(p.button('Send my feedback')).toHaveCount(0);
  await expectNoAxeViolations(page, 'feedback sent');

  // A change after sending is kept as a new version; the sent one stays as it was.
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await p.choose('Not good');
  await p.open('/feedback/send', 'Send your feedback');
  await expect(
    page.getByText('You changed your feedback after you sent it. Your changes are version 2.'),
  ).toBeVisible();
  await p.button('Send version 2').click();
  await expect(page.getByText(/This is version 2\./)).toBeVisible();

  await p.open('/feedback', 'My feedback');
  const versions = page.locator('details');
  await expect(versions).toHaveCount(2);
  await versions.filter({ hasText: 'Version 1' }).locator('summary').click();
  const v1 = versions.filter({ hasText: 'Version 1' });
  await expect(v1).toContainText('Priya helped with this feedback. They are: my advocate.');
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
  await expectNoAxeViolations(page, 'feedback with two versions');
});
