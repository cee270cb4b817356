// Sharing across devices, with two and three browser contexts (each its own IndexedDB): a
// supporter helps with the feedback on their own phone and the person sees it; stopping sharing
// empties the supporter's device; a family member of someone 16 or older is let in only with the
// person's consent, writes while offline and it reaches the person, and withdrawing the consent
// ends their access. (Inviting by link, code and QR code is sharing.spec.ts.)
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';
import {
  acceptByLink,
  currentPlanId,
  cacheStorageDump,
  everythingSaved,
  indexedDbDump,
  invite,
  letIn,
  personOn,
  personSignedIn,
  syncNow,
} from './support/sharing';

// The family member's phone works with the server stopped: the service worker must run.
test.use({ serviceWorkers: 'allow' });
// Two and three devices, signing in and syncing in turn: longer than one screen's test.
test.describe.configure({ timeout: 180_000 });

/** The member's device, once let in: it pulls the plan and they choose it on Home. */
async function openSharedPlan(member: Page, name: string) {
  const home = new HomePage(member);
  await home.goto('/');
  await syncNow(member);
  await member.getByRole('button', { name: `${name}'s plan` }).click();
  await expect(member.getByText(`You are helping with ${name}'s plan`)).toBeVisible();
}

test('a supporter helps with the feedback on their own phone; stopping sharing empties it', async ({
  page,
  browser,
  server,
}) => {
  await personSignedIn(page, server, 'Sam', 'sam@example.org');
  const planId = await currentPlanId(page);
  const { link } = await invite(page, { name: 'Alex' }, /Supporter/);

  // Alex accepts on their phone and waits: nothing of Sam's plan reaches it yet.
  const alex = await personOn(browser, server, 'alex@example.org');
  await acceptByLink(alex, link);
  await syncNow(alex);
  expect(JSON.stringify(await indexedDbDump(alex))).not.toContain(planId);

  // Sam lets Alex in; Alex's phone gets the plan and Alex chooses it.
  await letIn(page, 'Alex');
  await expect(page.getByText('Alex can now help with your plan.')).toBeVisible();
  await openSharedPlan(alex, 'Sam');

  // Alex fills in the feedback form with Sam, on Alex's own phone.
  const a = new PlannerScreens(alex);
  await a.open('/feedback', 'My feedback');
  await a.link('Start my feedback').click();
  await a.expectTitle('Who is helping you with your feedback?');
  await a.type('Their name', 'Alex');
  await a.next();
  await a.expectTitle('Did you feel listened to?');
  await a.choose('Good');
  const words = 'Sam said the room was too hot.';
  await a.type('In my own words', words);
  await everythingSaved(alex);

  // Sam sees it on the tablet. (A "Alex (supporter) wrote this" label is not on the feedback
  // screens yet: the words and the helper's name arriving are what is checked.)
  const p = new PlannerScreens(page);
  await p.goto('/');
  await syncNow(page);
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await expect(p.textbox('In my own words')).toHaveValue(words);
  await expect(p.radio('Good')).toBeChecked();
  await p.open('/feedback/helper', 'Who is helping you with your feedback?');
  await expect(p.textbox('Their name')).toHaveValue('Alex');

  // Sam stops sharing: one tap and one confirmation.
  await page.goto('/people');
  await page.getByRole('button', { name: 'Stop sharing with Alex' }).click();
  await page.getByRole('button', { name: 'Yes, stop sharing' }).click();
  await expect(page.getByText('You stopped sharing with Alex.')).toBeVisible();

  // At its next contact Alex's phone lets go of everything and says so plainly.
  await new HomePage(alex).goto('/');
  await syncNow(alex);
  const told = alex.getByRole('alertdialog').or(alex.getByRole('dialog'));
  await expect(alex.getByText('Sam has stopped sharing their plan with you.')).toBeVisible();
  await expect(alex.getByText(/You are helping with/)).toHaveCount(0);
  const held = JSON.stringify(await indexedDbDump(alex));
  expect(held).not.toContain(words);
  expect(held).not.toContain('Sam said');
  const cached = await cacheStorageDump(alex);
  expect(cached.filter((c) => new URL(c.url).pathname.startsWith('/api/'))).toEqual([]);
  expect(cached.filter((c) => c.body.includes(words) || c.body.includes(planId))).toEqual([]);
  // Once Alex has read the message, not even the plan's id is left.
  await alex.getByRole('button', { name: 'I understand' }).click();
  await expect(told).toHaveCount(0);
  const after = await indexedDbDump(alex);
  const left = Object.entries(after).filter(([, rows]) => JSON.stringify(rows).includes(planId));
  expect(left).toEqual([]);
  await alex.context().close();
});

test('a family member of someone 16 or older: consent first, writes offline, and withdrawing the consent ends it', async ({
  page,
  browser,
  server,
}) => {
  await personSignedIn(page, server, 'Sam', 'sam@example.org');
  const planId = await currentPlanId(page);
  const p = new PlannerScreens(page);
  await p.open('/planner/review/age', 'How old are you?');
  await p.choose('16 or older');
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await p.button('Add a person').click();
  await p.type('Their name', 'Mum');
  await p.next();
  await p.choose('Family');
  await everythingSaved(page);

  const { link } = await invite(page, { attendee: 'Mum' }, /Family/, ['Help write my answers']);
  const mum = await personOn(browser, server, 'mum@example.org', { serviceWorkers: 'allow' });
  await acceptByLink(mum, link);

  // Without Sam's yes in the planner, Sam cannot let Mum in.
  await letIn(page, 'Mum');
  await expect(
    page.getByText('First say yes to this family member in your planner.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Let Mum in' })).toBeVisible();
  await syncNow(mum);
  expect(JSON.stringify(await indexedDbDump(mum))).not.toContain(planId);

  // Sam says yes to Mum in the planner; now Mum can be let in.
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await page.getByRole('link', { name: /Mum/ }).first().click();
  await p.part(/Agree/);
  await p.expectTitle('Do you agree to Mum taking part?');
  await p.choose('Yes, I agree');
  await everythingSaved(page);
  await letIn(page, 'Mum');
  await expect(page.getByText('Mum can now help with your plan.')).toBeVisible();

  // Mum's phone gets the plan, then loses the connection (the server stops) and she writes.
  await openSharedPlan(mum, 'Sam');
  await waitForServiceWorker(mum);
  await server.stop();
  const m = new PlannerScreens(mum);
  await m.open('/planner/questions', 'What do you want to ask the panel?');
  await m.button('Add a question').click();
  const question = 'Can Mum sit next to Sam?';
  await m.type('Question 1', question);
  await expect(
    mum.getByRole('status').filter({ hasText: 'Not connected — your work is safe on this tablet' }),
  ).toBeVisible();

  // The server comes back: Mum's question reaches Sam.
  await server.start();
  await everythingSaved(mum);
  await p.goto('/');
  await syncNow(page);
  await p.open('/planner/questions', 'What do you want to ask the panel?');
  await expect(p.textbox('Question 1')).toHaveValue(question);

  // Sam changes their mind about Mum: her access ends with that change.
  await p.open('/planner/people', 'Who do you want to come to your review?');
  await page.getByRole('link', { name: /Mum/ }).first().click();
  await p.part(/Agree/);
  await p.choose('I have changed my mind. I do not agree now.');
  await everythingSaved(page);
  await page.goto('/people');
  await expect(page.getByRole('heading', { name: 'Mum' })).toHaveCount(0);

  await new HomePage(mum).goto('/');
  await syncNow(mum);
  await expect(mum.getByText('Sam has stopped sharing their plan with you.')).toBeVisible();
  const held = JSON.stringify(await indexedDbDump(mum));
  expect(held).not.toContain(question);
  await mum.context().close();
});
