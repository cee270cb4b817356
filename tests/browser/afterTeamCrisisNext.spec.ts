// After my review: the care team, the crisis plan with Help now, and the next review with Add to
// my calendar — with the server stopped, by keyboard only, axe-clean on every screen.
import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { isoDaysFromToday } from './support/files';
import { AfterPage } from './pages/AfterPage';
import type { Page } from '@playwright/test';

// These tests stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${iso}T12:00:00`));
}

async function offline(page: Page, server: { stop: () => Promise<void> }, a: AfterPage) {
  await a.goto('/');
  await waitForServiceWorker(page);
  await server.stop();
  await page.reload();
  await a.waitForApp();
}

async function addContact(
  a: AfterPage,
  c: { name: string; role: string; phone: string; email?: string; workplace?: string },
) {
  const page = a.page;
  await a.activate(page.getByRole('button', { name: 'Add someone' }));
  const form = page.getByRole('form', { name: 'About this person' });
  await expect(form.getByRole('textbox', { name: 'Their name' })).toBeFocused();
  await a.typeInto(form.getByRole('textbox', { name: 'Their name' }), c.name);
  await a.choose(form.getByRole('radio', { name: c.role }));
  await a.typeInto(form.getByRole('textbox', { name: 'Phone number' }), c.phone);
  if (c.email) await a.typeInto(form.getByRole('textbox', { name: 'Email address' }), c.email);
  if (c.workplace)
    await a.typeInto(form.getByRole('textbox', { name: 'Where they work' }), c.workplace);
  await a.activate(form.getByRole('button', { name: 'Done' }));
  await expect(form).toHaveCount(0);
  // Focus goes back to the person's Change button.
  await expect(page.getByRole('button', { name: `Change (${c.name})` })).toBeFocused();
}

test('care team, crisis plan and Help now, with the server stopped and the keyboard only', async ({
  page,
  server,
}) => {
  test.slow(); // one long journey on a busy machine
  const a = new AfterPage(page);
  await offline(page, server, a);

  // Home → After my review → My care team.
  await a.activate(page.getByRole('link', { name: /After my review/ }));
  await a.expectTitle('After my review');
  await expect(a.helpNow).toBeVisible();
  await expectNoAxeViolations(page, '/after');
  await a.activate(page.getByRole('link', { name: /My care team/ }));
  await a.expectTitle('My care team');
  await expect(page.getByText('There is no one in your care team yet.')).toBeVisible();

  await addContact(a, {
    name: 'Jo Bloggs',
    role: 'Advocate',
    phone: '01632 960 123',
    email: 'jo.bloggs@example.org',
    workplace: 'Speak Up Leeds',
  });
  await addContact(a, { name: 'Ana Silva', role: 'Named nurse', phone: '+44 1632 960 456' });
  const jo = page.getByRole('listitem').filter({ hasText: 'Jo Bloggs' });
  await expect(jo).toContainText('Advocate');
  await expect(jo).toContainText('Works at: Speak Up Leeds');
  await expect(jo.getByRole('link', { name: /Call Jo Bloggs/ })).toHaveAttribute(
    'href',
    'tel:01632960123',
  );
  await expect(jo.getByRole('link', { name: /Email Jo Bloggs/ })).toHaveAttribute(
    'href',
    'mailto:jo.bloggs@example.org',
  );
  await expectNoAxeViolations(page, '/after/team');

  // The crisis plan: the three parts, and who to call in order.
  await a.activate(page.getByRole('link', { name: 'Back to After my review' }));
  await a.activate(page.getByRole('link', { name: /My crisis plan/ }));
  await a.expectTitle('My crisis plan');
  await a.typeInto(
    page.getByRole('textbox', { name: 'What do you feel or do when things get very hard?' }),
    'I shout and I cannot sleep.',
  );
  await a.typeInto(
    page.getByRole('textbox', { name: 'What helps you feel calm and safe?' }),
    'A quiet room and my music.',
  );
  await a.typeInto(
    page.getByRole('textbox', { name: 'What makes things worse for you?' }),
    'Lots of people talking at once.',
  );
  await a.activate(page.getByRole('button', { name: 'Add Jo Bloggs' }));
  await a.activate(page.getByRole('button', { name: 'Add Ana Silva' }));
  const calls = page.locator('.call-list > li');
  await expect(calls).toHaveCount(2);
  await expect(calls.nth(0)).toContainText('Jo Bloggs');
  await a.activate(page.getByRole('button', { name: 'Move up (Ana Silva)' }));
  await expect(calls.nth(0)).toContainText('Ana Silva');
  await expect(calls.nth(1)).toContainText('Jo Bloggs');
  // Ana is first now: her Move up cannot be pressed, so focus is on her Move down.
  await expect(page.getByRole('button', { name: 'Move down (Ana Silva)' })).toBeFocused();
  await expectNoAxeViolations(page, '/after/crisis');

  // Help now from another After screen: the plan, and one-tap calls in order.
  await a.activate(page.getByRole('link', { name: 'Back to After my review' }));
  await a.activate(page.getByRole('link', { name: /My next review/ }));
  await a.expectTitle('My next review');
  await a.activate(a.helpNow);
  await a.expectTitle('Help now');
  const callLinks = page.getByRole('link', { name: /^Call / });
  await expect(callLinks).toHaveCount(3);
  await expect(callLinks.nth(0)).toHaveAttribute('href', 'tel:999');
  await expect(callLinks.nth(1)).toHaveAccessibleName(/Call Ana Silva/);
  await expect(callLinks.nth(1)).toHaveAttribute('href', 'tel:+441632960456');
  await expect(callLinks.nth(2)).toHaveAttribute('href', 'tel:01632960123');
  for (const link of await callLinks.all()) {
    const box = (await link.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  await expect(page.getByRole('region', { name: 'What helps me' })).toContainText(
    'A quiet room and my music.',
  );
  await expect(page.getByRole('region', { name: 'What a crisis looks like for me' })).toContainText(
    'I shout and I cannot sleep.',
  );
  await expectNoAxeViolations(page, '/after/help-now');

  // Still there after a reload with the server stopped.
  await page.reload();
  await a.waitForApp();
  await expect(page.getByRole('link', { name: /Call Ana Silva/ })).toBeVisible();

  // Filled in, on a 320 px phone with the biggest text, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() =>
    localStorage.setItem('my-review.display', JSON.stringify({ 'data-text-size': '200' })),
  );
  for (const path of ['/after', '/after/team', '/after/crisis', '/after/help-now', '/after/next']) {
    await a.goto(path);
    await expect(a.heading).toBeVisible();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('the next review moves Home on, and Add to my calendar gives a calendar file', async ({
  page,
  server,
}) => {
  test.slow();
  const a = new AfterPage(page);
  const review = isoDaysFromToday(-20);
  const next = isoDaysFromToday(10);
  await offline(page, server, a);

  await a.goto('/planner/review/when');
  await a.fillDate(page.getByRole('textbox', { name: 'Date of my review' }), review);
  await a.goto('/');
  const whatNext = page.getByRole('region', { name: 'What happens next' });
  await expect(whatNext).toContainText('If your report has not come');

  await a.goto('/after/next');
  await a.expectTitle('My next review');
  await expect(page.getByText(`This review: ${longDate(review)}.`)).toBeVisible();
  await a.fillDate(page.getByRole('textbox', { name: 'Date of my next review' }), next);
  await expect(page.getByText(`Your next review is on ${longDate(next)}.`)).toBeVisible();
  await expect(
    page.getByText('What happens next on Home now shows your next review.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, '/after/next');

  const download = page.waitForEvent('download');
  await a.activate(page.getByRole('button', { name: 'Add to my calendar' }));
  const file = await download;
  expect(file.suggestedFilename()).toBe('my-review-dates.ics');
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const compact = (iso: string) => iso.replace(/-/g, '');
  expect(text).toContain(`DTSTART;VALUE=DATE:${compact(next)}\r\nDTEND;VALUE=DATE:`);
  expect(text).toContain('SUMMARY:My review\r\n');
  expect(text).toContain('SUMMARY:My feedback is due\r\n');
  expect(text).toContain(`DTSTART;VALUE=DATE:${compact(isoDaysFromToday(24))}`);
  expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
  await expect(
    page.getByText('The file my-review-dates.ics is ready.', { exact: false }),
  ).toBeVisible();

  // Home has moved on to the next review: its steps are dated from the next review's date.
  await a.activate(a.homeLink);
  await expect(whatNext).toContainText(`Your next review: ${longDate(next)}.`);
  await expect(whatNext).not.toContainText('If your report has not come');
  const day = whatNext.getByRole('listitem').filter({ hasText: '(in 10 days)' });
  await expect(day).toHaveCount(1);
  await expect(day).toContainText('Your review');
  await expectNoAxeViolations(page, 'home, next review');
});
