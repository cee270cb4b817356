import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';

function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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
  await expect(steps.nth(1)).toContainText('Your planner goes to the panel');
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
