import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

// The person fills in their planner on a tablet with no connection (the server is stopped), by
// tapping pictures and typing, then reloads: everything is still there.

test('my review, my consent and who I want to come: filled in offline, all there after a reload', async ({
  page,
  server,
}) => {
  const p = new PlannerScreens(page);
  await p.goto('/');
  await waitForServiceWorker(page);
  await server.stop();

  await p.open('/planner', 'My planner');
  await p.link(/^My review/).click();
  await p.expectTitle('When is your review?');
  await p.type('Date of my review', '2027-03-10');
  await p.type('Time it starts', '10:30');
  await p.next();
  await p.expectTitle('How will your review happen?');
  await p.choose('We meet in a room');
  await p.next();
  await p.type('The place', 'Ward 4, Oak House');
  await p.next();
  await p.choose(/^Care and Treatment Review/);
  await p.next();
  await p.choose('In hospital');
  await p.next();
  await p.choose('16 or older');
  await p.next();
  await p.expectTitle('Who is your care co-ordinator?');
  await p.type('Their name', 'Dee Okafor');
  await p.type('How to contact them', '01632 960 001');
  await p.next();
  await p.type('Their name', 'Sam Patel');
  await p.link('I have finished this part').click();
  await p.expectTitle('My planner');

  // Consent: yes to the review and to sharing.
  await p.link(/^My consent/).click();
  await p.link(/Answer this question\W+Having my review/).click();
  await p.expectTitle('Do you agree to have your review?');
  await p.choose('Yes, I agree');
  await expect(page.locator('.consent-now')).toContainText('You said yes.');
  await p.link('I have finished this part').click();
  await p.link(/Answer this question\W+Sharing my planner/).click();
  await p.choose('Yes, I agree');

  // Who I want to come: my sister (family: she needs my yes) and my advocate.
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.expectTitle('Who is this person?');
  await p.type('Their name', 'Aisha');
  await p.type('Who are they to you?', 'my sister');
  await p.next();
  await p.choose('Family');
  await p.next();
  await p.choose('By video');
  await p.next();
  await p.expectTitle('Do you agree to Aisha taking part?');
  await p.choose('Yes, I agree');
  await p.next();
  await p.type('What they need', 'A link to the video call the day before');
  await p.link(/^Next/).click();
  await p.link('I have finished this part').click();
  await p.expectTitle('Who do you want to come to your review?');
  await p.button('Add another person').click();
  await p.type('Their name', 'Jo Rivers');
  await p.next();
  await p.choose('An advocate');

  // Reload with the server still stopped: the app starts and everything is there.
  await page.reload();
  await p.waitForApp();
  await p.open('/planner/people', 'Who do you want to come to your review?');
  const aisha = page.getByRole('listitem').filter({ hasText: 'Aisha' });
  await expect(aisha).toContainText('my sister');
  await expect(aisha).toContainText('By video');
  await expect(aisha).toContainText('They can take part. The answer is yes.');
  await expect(page.getByRole('listitem').filter({ hasText: 'Jo Rivers' })).toContainText(
    'You want them to come. They do not need a consent answer.',
  );
  await p.open('/planner/review/care-coordinator', 'Who is your care co-ordinator?');
  await expect(p.textbox('Their name')).toHaveValue('Dee Okafor');
  await p.open('/planner', 'My planner');
  await expect(p.link(/^My review/)).toContainText('You have filled in this part.');
  await expect(p.link(/^My consent/)).toContainText('You have filled in this part.');
  // Jo has no way of joining yet: started, never marked as wrong.
  await expect(p.link(/^Who I want to come/)).toContainText('You have started this part.');
  await expect(p.link(/^What I want to say/)).toContainText('You can start this part.');
  await expectNoAxeViolations(page, 'planner overview');
});

test('how I take part, what I want to say, my questions and what I need: offline, kept after a reload', async ({
  page,
  server,
}) => {
  const p = new PlannerScreens(page);
  await p.goto('/');
  await waitForServiceWorker(page);
  await server.stop();

  await p.open('/planner/taking-part', 'How do you want to take part?');
  await p.tick('Just say hello');
  await p.tick('Write or draw instead of talking');
  await p.next();
  await p.type('Their name, or who they are', 'My key worker, Lee');
  await p.next();
  await p.choose('Hold up a break card');
  await p.next();
  await p.expectTitle('What helps you in meetings?');
  await p.tick('Time to think before I answer');
  // One question, one place: the room and the lights are asked in "What I need on the day" only,
  // and this screen says where.
  await expect(p.checkbox('A quiet room')).toHaveCount(0);
  await expect(p.checkbox('No bright lights')).toHaveCount(0);
  await p.link('Go to noise, light and smells').click();
  await p.expectTitle('What helps with noise, light and smells?');
  await p.tick('A quiet room');
  await p.tick('No bright lights');
  await p.tick('Space to move around');
  await p.open('/planner/needs/time', 'What time of day is best for you?');
  await p.choose('The morning');

  // A question card: a tap, my words, who wrote them, my own words in the report.
  await p.open('/planner/say', 'What I want to say');
  await p.link('Start the questions').click();
  await p.expectTitle('Do you feel safe?');
  await p.choose('Not sure');
  await p.type('In my own words', 'Mostly. It is loud at night.');
  await p.choose('Me, in my own words');
  await p.tick('Use my own words in the report');
  await p.link('Next question').click();
  await p.expectTitle('How do people treat you?');
  // Skip it; "I don't want to answer" is an answer on the next card.
  await p.link('Next question').click();
  await p.tick('I do not want to answer this question');
  await expect(page.getByText('You chose not to answer this question.')).toBeVisible();

  await p.open('/planner/questions', 'What do you want to ask the panel?');
  await p.button('Add a question').click();
  await expect(p.textbox('Question 1')).toBeFocused();
  const before = await p.savedAt();
  await page.keyboard.type('When can I go home?');
  await p.textbox('Question 1').blur();
  await p.expectSaved(before);

  await page.reload();
  await p.waitForApp();
  await expect(p.textbox('Question 1')).toHaveValue('When can I go home?');
  await p.open('/planner/say', 'What I want to say');
  const safe = page.getByRole('listitem').filter({ hasText: 'Do you feel safe?' });
  await expect(safe).toContainText('You have answered.');
  await expect(safe).toContainText('You asked for your own words in the report.');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'What do you think about your care' }),
  ).toContainText('You chose not to answer.');
  await p.open('/planner/say/safe', 'Do you feel safe?');
  await expect(p.radio('Not sure')).toBeChecked();
  await expect(p.textbox('In my own words')).toHaveValue('Mostly. It is loud at night.');
  await p.open('/planner/taking-part/ways', 'How do you want to take part?');
  await expect(p.checkbox('Just say hello')).toBeChecked();
  await expect(p.checkbox('Be in the room')).not.toBeChecked();
});

test('undo puts back the last change on this screen, and says so', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/needs/time', 'What time of day is best for you?');
  await expect(p.button('Undo my last change')).toHaveCount(0);
  await p.choose('The morning');
  await p.choose('The afternoon');
  await p.type('Anything else about times', 'Not before 10');
  await p.button('Undo my last change').click();
  await expect(p.savedNote).toContainText('Your last change is undone.');
  await expect(p.textbox('Anything else about times')).toHaveValue('');
  await p.button('Undo my last change').click();
  await expect(p.radio('The morning')).toBeChecked();
  await p.button('Undo my last change').click();
  await expect(p.radio('The morning')).not.toBeChecked();
  await expect(p.button('Undo my last change')).toHaveCount(0);
  // Focus stays near the person: on the note that says what happened.
  await expect(page.locator('#save-note')).toBeFocused();
  await page.reload();
  await p.waitForApp();
  await expect(p.radio('The morning')).not.toBeChecked();
  await expect(p.radio('The afternoon')).not.toBeChecked();
});

test('words typed just before the page reloads are kept', async ({ page }) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/needs/time', 'What time of day is best for you?');
  // Typed and reloaded at once: no pause for the autosave, no leaving the box.
  await p.textbox('Anything else about times').fill('After lunch is best');
  await page.reload();
  await p.waitForApp();
  await expect(p.textbox('Anything else about times')).toHaveValue('After lunch is best');
});
