// Sending to a professional, for real: a local SMTP server (smtp-server, started here) receives
// the email; the professional follows its link in a browser context of their own, signs in with
// the code emailed to that same address, and sees exactly the item and nothing else of the plan.
// The person's screen then says sent and opened, and "Who has seen and changed my plan" shows both.
import type { Browser, Page } from '@playwright/test';
import { SmtpCatcher } from '../support/smtpCatcher';
import { AccountPage } from './pages/AccountPage';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { screenshots } from './support/screenshots';
import { isoDaysFromToday } from './support/files';
import { DIST, startTestServer } from './support/server';
import { fakeCamera } from './support/camera';

// Sam records an answer for the panel: Chromium's fake microphone (a beep).
test.use(fakeCamera);

const withSmtp = test.extend<{ smtp: SmtpCatcher }>({
  smtp: async ({}, use) => {
    const smtp = await new SmtpCatcher().start();
    await use(smtp);
    await smtp.stop();
  },
  server: async ({ smtp }, use) => {
    const server = await startTestServer(DIST, { smtpUrl: smtp.url });
    await use(server);
    await server.dispose();
  },
});

const JO = 'jo.smith@example.org';

async function shots(page: Page, name: string) {
  if (!process.env.SHOTS) return;
  await screenshots(page, process.env.SHOTS_DIR ?? '/tmp/shots/s5', name, {
    restore: { width: 810, height: 1080 },
  });
}

/** Sam's plan: a review yesterday, the commissioner, two answers, and finished feedback. */
async function samsPlan(
  page: Page,
  codeFor: (email: string) => string,
  { recording = false }: { recording?: boolean } = {},
) {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');
  const p = new PlannerScreens(page);
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', isoDaysFromToday(-1));
  await p.open('/planner/review/commissioner', /commissioner/);
  await p.type('Their name', 'Jo Smith');
  await p.type('How to contact them', `Phone 01234 567890 or ${JO}`);
  await p.open('/planner/say/safe', 'Do you feel safe?');
  await p.type('In my own words', 'I feel safe on the ward.');
  if (recording) {
    await page.context().grantPermissions(['microphone']);
    await p.button('More ways to answer').click();
    await p.button('Record my answer').click();
    await expect(page.getByRole('timer')).not.toContainText(/\b0 seconds/, { timeout: 10_000 });
    await p.button('Stop recording').click();
    await expect(page.getByText('Your recording is saved on this tablet.')).toBeVisible();
  }
  await p.open('/planner/say/treated', /./);
  await p.type('In my own words', 'Words only for me and my team.');
  await p.open('/feedback/listened', 'Did you feel listened to?');
  await p.choose('Good');
  await p.type('In my own words', 'They listened to me.');
  await p.open('/feedback/send', 'Finish your feedback');
  await p.button('My feedback is finished').click();
  await expect(page.getByText(/You finished version 1 on /)).toBeVisible();

  const account = new AccountPage(page);
  await account.open();
  await account.signInWithCode('sam@example.org', codeFor);
  await expect(account.status('Everything is saved')).toBeVisible();
  return p;
}

/** The professional, on their own computer: follows the link, signs in with the emailed code. */
async function professionalOpens(browser: Browser, link: string, smtp: SmtpCatcher) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(
    page.getByRole('heading', { name: 'Sign in with the email address the link was sent to.' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Your email address' }).fill(JO);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const codeField = page.getByRole('textbox', { name: 'The 6 numbers from the email' });
  await expect(codeField).toBeVisible();
  await codeField.fill(smtp.codeFor(JO));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  return page;
}

/** Everything the professional's browser keeps: what My Review stored there, as text. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('my-review');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
      });
      out.push(name, all);
    }
    db.close();
    return JSON.stringify(out);
  });
}

withSmtp(
  'the person sends the feedback and the review pack; the professional opens exactly each',
  async ({ page, browser, server, smtp }) => {
    // Three people's screens and two emails in one journey: give a busy machine time.
    withSmtp.setTimeout(240_000);
    const p = await samsPlan(page, (e) => smtp.codeFor(e), { recording: true });

    // The feedback, from the finished screen.
    await p.open('/feedback/send', 'Finish your feedback');
    await p.link('Send my feedback to a professional').click();
    await p.expectTitle('Send my feedback');
    await page.locator('label', { has: page.getByRole('radio', { name: /^Jo Smith/ }) }).click();
    await expect(page.getByRole('textbox', { name: 'Their email address' })).toHaveValue(JO);
    await expectNoAxeViolations(page, 'send my feedback');
    await shots(page, 'send-feedback');
    await p.button('Send it').click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Sent to Jo Smith (commissioner) today.' }),
    ).toBeVisible();
    await expect(page.getByText('Jo has not opened it yet.')).toBeVisible();

    // The email, as the catcher received it over SMTP: a link, and none of what Sam wrote.
    const mail = smtp.to(JO).find((m) => m.subject === 'Sam sent you their feedback')!;
    expect(mail.text).not.toContain('They listened to me.');
    const link = smtp.linkFor(JO);
    expect(link.startsWith(`${server.url}/shared/`)).toBe(true);

    const jo = await professionalOpens(browser, link, smtp);
    await expect(jo.getByRole('heading', { name: 'Sam sent you their feedback.' })).toBeVisible();
    await expect(jo.getByText('They listened to me.')).toBeVisible();
    await expect(jo.getByRole('button', { name: 'Print or save as a file' })).toBeVisible();
    const seen = await jo.locator('main').innerText();
    for (const other of ['I feel safe on the ward.', 'Words only for me and my team.', 'Phone'])
      expect(seen).not.toContain(other);
    await expectNoAxeViolations(jo, 'sent to you: feedback');
    await shots(jo, 'shared-feedback');

    // Sam sees that Jo opened it, and the history shows the sending and the opening.
    await page.reload();
    await expect(page.getByText('Jo opened it today.')).toBeVisible();
    await shots(page, 'send-feedback-opened');
    await page.goto('/plan-history');
    await expect(
      page.getByText('You sent your feedback to Jo Smith (commissioner).'),
    ).toBeVisible();
    await expect(page.getByText('Jo Smith (commissioner) opened your feedback.')).toBeVisible();
    await expectNoAxeViolations(page, 'plan history with sending');
    await shots(page, 'plan-history');

    // The review pack: Sam ticks the one answer for the panel, then sends it.
    await page.goto('/planner');
    await p.link('Send my plan to the panel').click();
    await p.expectTitle('Send my plan to the panel');
    await p.card('Feeling safe', 'checkbox').click();
    await expect(p.checkbox('Feeling safe')).toBeChecked();
    await page.locator('label', { has: page.getByRole('radio', { name: /^Jo Smith/ }) }).click();

    // With no connection, it says so plainly, says nothing was sent, and keeps everything.
    await server.stop();
    await p.button('Send it').click();
    await expect(
      page.getByText(
        'You are not connected to the internet. Nothing was sent. Everything is kept on this tablet.',
      ),
    ).toBeVisible();
    await expect(page.getByText(/^Sent to Jo Smith/)).toHaveCount(0); // the pack was not sent
    await expect(p.checkbox('Feeling safe')).toBeChecked();
    // It offers the other ways, and does not claim the email server is missing.
    await expect(
      page.getByText('You can also print it, share it or write an email.'),
    ).toBeVisible();
    await expect(page.getByText('My Review cannot send emails here.')).toHaveCount(0);
    await shots(page, 'send-pack-offline');
    await server.start();

    await p.button('Send it').click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Sent to Jo Smith (commissioner) today.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'send my plan to the panel');
    await shots(page, 'send-pack');

    const packLink = smtp.linkFor(JO);
    expect(packLink).not.toBe(link);
    // Sam's recording of the panel answer comes through this delivery, and plays.
    const voice = jo.waitForResponse(
      (r) => r.url().includes(`/api/deliveries/${packLink.split('/').pop()}/media/`) && r.ok(),
    );
    await jo.goto(packLink);
    await expect(
      jo.getByRole('heading', { name: 'Sam sent you their plan for the review.' }),
    ).toBeVisible();
    await expect(jo.getByText('I feel safe on the ward.')).toBeVisible();
    expect((await voice).headers()['content-type']).toMatch(/^audio\//);
    const play = jo.getByRole('button', { name: /^Play the recording/ });
    await expect(play).toBeVisible();
    await expect(jo.getByText(/^The recording is \d+ seconds? long\.$/)).toBeVisible();
    await play.click();
    await expect(jo.getByRole('button', { name: /^Stop playing/ })).toBeVisible();
    await jo.getByRole('button', { name: /^Stop playing/ }).click();
    const pack = await jo.locator('main').innerText();
    for (const other of ['Words only for me and my team.', 'They listened to me.'])
      expect(pack).not.toContain(other);
    await expectNoAxeViolations(jo, 'sent to you: review pack');
    await shots(jo, 'shared-pack');

    // Nothing of Sam's plan is kept in Jo's browser: the pages were shown, never synced.
    const kept = await storedText(jo);
    for (const words of ['I feel safe on the ward.', 'They listened to me.', 'Words only for me'])
      expect(kept).not.toContain(words);
    await jo.context().close();
  },
);

test('with no email server, the screen says so and offers print and a ready email, never "sent"', async ({
  page,
  server,
}) => {
  test.slow(); // a whole plan filled in before the screen under test
  const p = await samsPlan(page, (e) => server.mail.codeFor(e));
  await p.open('/send/feedback', 'Send my feedback');
  await expect(page.getByText('My Review cannot send emails here.')).toBeVisible();
  await expect(p.button('Print it')).toBeVisible();
  const email = p.link('Write an email');
  await expect(email).toHaveAttribute('href', /^mailto:/);
  expect(decodeURIComponent((await email.getAttribute('href'))!)).toContain('They listened to me.');
  await expect(p.button('Send it')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/\bsent\b/i);
  await expectNoAxeViolations(page, 'send with no email server');
  await shots(page, 'send-no-email');
});
