import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

test('"Add a person" adds nobody until something is entered, and never says they were invited', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.expectTitle('Who is this person?');
  // Nothing typed: back to the list, and nobody is on it.
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await expect(page.getByText('You have not added anyone yet.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Someone with no name yet');
  await expect(page.getByRole('main')).not.toContainText(/invited/i);

  // The person is made with the first thing entered.
  await p.button('Add a person').click();
  await p.type('Their name', 'Jo Rivers');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  const jo = page.getByRole('listitem').filter({ hasText: 'Jo Rivers' });
  await expect(jo).toContainText(
    'Choose what kind of person they are. Then we know if they need a consent answer.',
  );
  await expect(
    jo.locator('img[src$="/symbols/tick.svg"], img[src$="/symbols/sheets/first.svg#tick"]'),
  ).toHaveCount(0);
  await p.link('Change the details for Jo Rivers').click();
  await p.part(/^Kind of person/);
  await p.choose('An advocate');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await expect(jo).toContainText('You want them to come. They do not need a consent answer.');
  await expect(page.getByRole('main')).not.toContainText(/invited/i);
  await expectNoAxeViolations(page, 'who I want to come');
});
