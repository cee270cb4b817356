import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

async function setAge(p: PlannerScreens, age: 'Under 16' | '16 or older') {
  await p.open('/planner/review/age', 'How old are you?');
  await p.choose(age);
}

test('16 or older: yes, then changing my mind, then undo; every change is kept in a history I can read', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/consent', 'My consent');
  // The age decides who answers, so it is asked first (the same answer as in My review).
  await expect(page.getByText('First, please tell us how old you are.')).toBeVisible();
  await p.card('16 or older').click();
  await expect(page.getByText('You are 16 or older. You decide.')).toBeVisible();
  await expectNoAxeViolations(page, 'consent list');

  await p.link(/Answer this question\W+Having my review/).click();
  await p.expectTitle('Do you agree to have your review?');
  await p.choose('Yes, I agree');
  const now = page.locator('.consent-now');
  await expect(now).toContainText('You said yes.');
  await expect(p.card('I have changed my mind. I do not agree now.')).toBeVisible();
  await p.choose('I have changed my mind. I do not agree now.');
  await expect(now).toContainText('You changed your mind. You said no.');

  const history = page.locator('.history__entry');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('You changed your mind. You said no.');
  await expect(history.nth(1)).toContainText('You said yes.');

  await p.button('Undo my last change').click();
  await expect(now).toContainText('You said yes.');
  // Undo is a change of its own: the history keeps all three.
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText('The answer went back to an earlier one.');
  await expectNoAxeViolations(page, 'consent question with history');

  await page.reload();
  await p.waitForApp();
  await expect(now).toContainText('You said yes.');
  await p.open('/planner/consent/history', 'Every change to my consent');
  await expect(page.locator('.history__entry')).toHaveCount(3);
  await expect(page.locator('.history__entry').first()).toContainText('Having my review');
});

test('16 or older, when I cannot decide: a supporter writes down the best-interests decision, with who, how, when and the advocate', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await setAge(p, '16 or older');
  await p.open('/planner/consent/share', 'Do you agree to share your planner with the panel?');
  // The person's own answers are yes or no: a decision made by someone else is not one of them.
  const answers = page.getByRole('radiogroup', { name: 'Your answer' });
  await expect(answers.getByRole('radio')).toHaveCount(2);
  await expect(p.card(/I cannot decide/)).toHaveCount(0);
  const supporter = page.getByRole('region', {
    name: 'For a supporter: if the person cannot decide',
  });
  const open = supporter.getByRole('button', { name: 'Write down a best-interests decision' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(p.heading).toHaveText('Do you agree to share your planner with the panel?');
  const form = page.getByRole('region', { name: 'A decision in your best interests' });
  await expect(form).toBeVisible();

  // Nothing is saved half done: each missing part is named in plain words.
  await form.getByRole('button', { name: 'Save this decision' }).click();
  await expect(page.getByRole('alert')).toContainText('The decision is not saved yet.');
  await expect(form).toContainText('Please write who made the decision.');
  await expect(form).toContainText('Please write how they decided.');
  await expect(form).toContainText('Please write the date of the decision.');
  await expect(form).toContainText('Please say if an advocate helped.');
  await expect(form).toContainText('Please say what they decided.');
  await expectNoAxeViolations(page, 'best interests form with errors');

  await p.type('Who made the decision?', 'Dr Amal Shah, my psychiatrist');
  await p.type('How did they decide?', 'A meeting with my care team and my brother');
  await p.type('Date of the decision', '2026-01-05');
  await p.choose('Yes, an advocate helped');
  await p.choose('They decided yes.');
  await form.getByRole('button', { name: 'Save this decision' }).click();
  const now = page.locator('.consent-now');
  await expect(now).toContainText('Dr Amal Shah, my psychiatrist decided in your best interests.');
  await expect(now).toContainText('They decided yes.');
  const entry = page.locator('.history__entry').first();
  await expect(entry).toContainText('How they decided: A meeting with my care team and my brother');
  await expect(entry).toContainText('An advocate helped.');
  await expect(entry).toContainText('2026');
  // A recorded decision stays open for the supporter to read, and the person's cards stay unpicked.
  await expect(
    supporter.getByRole('region', { name: 'A decision in your best interests' }),
  ).toBeVisible();
  await expect(answers.getByRole('radio', { checked: true })).toHaveCount(0);

  // Later the person can decide for themselves, and change their mind.
  await p.choose('I have changed my mind. I do not agree now.');
  await expect(now).toContainText('You changed your mind. You said no.');
  await expect(page.locator('.history__entry')).toHaveCount(2);
});

test('under 16: my parent or carer decides, my own view is recorded, and family need their yes', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await setAge(p, 'Under 16');

  // A family member to invite.
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.type('Their name', 'Grandad');
  await p.next();
  await p.choose('Family');
  await p.part(/Agree/);
  await p.expectTitle('Do you agree to Grandad taking part?');
  await expect(page.getByText('You are under 16. Your parent or carer decides.')).toBeVisible();
  await expect(p.card(/I cannot decide/)).toHaveCount(0);

  // The parent or carer must be named.
  await p.card('Yes, they agree').click();
  await expect(
    page.getByText('Please write the name of your parent or carer first.'),
  ).toBeVisible();
  await p.type('Name of your parent or carer', 'Mum (Sarah)');
  await p.choose('Yes, they agree');
  await expect(page.locator('.consent-now')).toContainText('Mum (Sarah) said yes.');

  // The young person's own view, beside it.
  await p.choose('I am not sure');
  await p.type('Tell us more if you want to', 'I want him there after lunch.');
  await expect(page.locator('.history__entry').first()).toContainText(
    'You said what you think: I am not sure',
  );
  await expectNoAxeViolations(page, 'under 16 consent');

  await p.open('/planner/people', 'Who do you want to come to your review?');
  const grandad = page.getByRole('listitem').filter({ hasText: 'Grandad' });
  await expect(grandad).toContainText('They can take part. The answer is yes.');

  // At 16 a parent's answer no longer counts: the person is asked themselves.
  await setAge(p, '16 or older');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await expect(grandad).toContainText('They need a consent answer before they can take part.');
  await p.open('/planner/consent', 'My consent');
  await expect(page.getByRole('listitem').filter({ hasText: 'Grandad taking part' })).toContainText(
    'You are 16 or older now. Your own answer is needed.',
  );
});

test("after 'Yes, I agree' for Mum, her Agree step shows it has an answer, also after a reload", async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await setAge(p, '16 or older');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.type('Their name', 'Mum');
  await p.next();
  await p.choose('Family');
  const steps = page.getByRole('navigation', { name: 'Parts of Who I want to come' });
  // The parts are one tap away ("Part 2 of 6"): open the list to read each part's state.
  const agree = async () => {
    const toggle = steps.getByRole('button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return steps.getByRole('link', { name: /^Agree/ });
  };
  await expect(await agree()).toHaveAccessibleName(/no answer yet/);
  await (await agree()).click();
  await p.expectTitle('Do you agree to Mum taking part?');
  await p.choose('Yes, I agree');
  await expect(await agree()).toHaveAccessibleName(/has an answer/);
  await page.reload();
  await p.waitForApp();
  await expect(await agree()).toHaveAccessibleName(/has an answer/);
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await expect(page.getByRole('listitem').filter({ hasText: 'Mum' })).toContainText(
    'They can take part. The answer is yes.',
  );
});
