import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { isoDaysFromToday } from './support/files';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';

test('what happens next: dated from my review date, and every link opens a real screen', async ({
  page,
}) => {
  const home = new HomePage(page);
  const p = new PlannerScreens(page);
  await home.goto('/');
  const next = page.getByRole('region', { name: 'What happens next' });
  await expect(next).toContainText(
    'When you know the date of your review, the next steps will show here.',
  );
  await next.getByRole('link', { name: 'Add the date of my review' }).click();
  await p.expectTitle('When is your review?');
  await p.type('Date of my review', isoDaysFromToday(10));
  await home.goto('/');
  const steps = next.getByRole('listitem');
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0)).toContainText('Consent and invitations');
  await expect(steps.nth(0)).toContainText('(4 days ago)');
  await expect(steps.nth(1)).toContainText('Give your planner to the panel');
  await expect(steps.nth(1)).toContainText('(in 9 days)');
  await expect(steps.nth(2)).toContainText('(in 10 days)');
  await expect(steps.nth(3)).toContainText('Your feedback');
  await expect(steps.nth(4)).toContainText('Your report should come');
  await expect(steps.nth(5)).toContainText('If your report has not come');
  // The next step is shown in full, with its words.
  await expect(steps.nth(1)).toContainText('They only read it if you agree.');
  await expectNoAxeViolations(page, 'home with what happens next');

  // Links only to screens that exist in this build ("My review day" comes with another part).
  const hrefs = await next
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/planner');
  expect(hrefs).toContain('/feedback');
  for (const href of hrefs) {
    await home.goto(href);
    await expect(home.heading).not.toHaveText('We cannot find this page');
  }
});

test('when the report has not come: who to contact and what to say, until I say it came', async ({
  page,
}) => {
  const home = new HomePage(page);
  const p = new PlannerScreens(page);
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', isoDaysFromToday(-16));
  await p.open('/planner/review/care-coordinator', 'Who is your care co-ordinator?');
  await p.type('Their name', 'Dee Okafor');
  await p.type('How to contact them', '01632 960 001');
  await home.goto('/');
  const next = page.getByRole('region', { name: 'What happens next' });
  const chase = next.getByRole('listitem').filter({ hasText: 'If your report has not come' });
  await expect(chase).toContainText('Who to contact');
  await expect(chase).toContainText('Your care co-ordinator: Dee Okafor, 01632 960 001');
  await expect(chase).toContainText('I have not got my report yet. Please can you send it to me?');
  await expectNoAxeViolations(page, 'home, report not come');

  await chase.getByRole('button', { name: 'I have got my report' }).click();
  await expect(chase).toHaveCount(0);
  await expect(
    next.getByRole('listitem').filter({ hasText: 'Your report should come' }),
  ).toContainText('You have your report.');
  await page.reload();
  await home.waitForApp();
  await expect(
    next.getByRole('listitem').filter({ hasText: 'If your report has not come' }),
  ).toHaveCount(0);
});

test('a tick only for a step the data shows is done; a passed step not done says so, with a link', async ({
  page,
}) => {
  const home = new HomePage(page);
  const p = new PlannerScreens(page);
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', isoDaysFromToday(-13));
  await p.open('/planner/review/age', 'How old are you?');
  await p.choose('16 or older');
  await home.goto('/');
  const next = page.getByRole('region', { name: 'What happens next' });
  const step = (title: string) =>
    next.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
  const tick = (title: string) =>
    step(title).locator(
      'img[src$="/symbols/tick.svg"], img[src$="/symbols/sheets/first.svg#tick"]',
    );
  await expect(step('Consent and invitations')).toContainText('Not done yet. You can still do it.');
  await expect(step('Your feedback')).toContainText('Not done yet. You can still do it.');
  for (const title of [
    'Consent and invitations',
    'Give your planner to the panel',
    'Your review',
    'Your feedback',
  ])
    await expect(tick(title)).toHaveCount(0);
  // The app cannot know the planner reached the panel or that the day happened: no claim either way.
  await expect(step('Give your planner to the panel')).not.toContainText('Not done yet');
  await expect(step('Your review')).not.toContainText('Not done yet');
  await expectNoAxeViolations(page, 'what happens next, steps not done');

  // The link goes to the step; once it is done, the tick comes from the data.
  await step('Consent and invitations').getByRole('link', { name: 'Go to my consent' }).click();
  await p.expectTitle('My consent');
  for (const subject of ['review', 'share']) {
    await p.open(`/planner/consent/${subject}`);
    await p.choose('Yes, I agree');
  }
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await p.choose('Good');
  await p.open('/feedback/send', 'Finish your feedback');
  await p.button('My feedback is finished').click();
  await expect(page.getByText(/Your feedback is finished\./)).toBeVisible();
  await home.goto('/');
  await expect(step('Consent and invitations')).toContainText('Done.');
  await expect(tick('Consent and invitations')).toHaveCount(1);
  await expect(step('Your feedback')).toContainText('Done.');
  await expect(tick('Your feedback')).toHaveCount(1);
  await expect(next).not.toContainText('Not done yet');
  await expect(tick('Your review')).toHaveCount(0);
});
