// After the review: the report (pages as photos or a file, the person's words, each time they
// asked for it) and My documents, all with the server stopped: a tablet on a ward with no Wi-Fi.
import type { Page } from '@playwright/test';
import { fakeCamera } from './support/camera';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { isoDaysFromToday, smallPdf } from './support/files';
import { PlannerScreens } from './pages/PlannerScreens';

test.use({ serviceWorkers: 'allow' });
// Chromium's fake camera, as the planner's photo tests.
test.use(fakeCamera);

/** A camera-size JPEG, made in the page: wide or tall, so the order of pages can be seen. */
async function cameraPhoto(page: Page, width: number, height: number): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w!, h!);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#f4f4f4';
      ctx.fillRect(0, 0, w!, h!);
      ctx.fillStyle = '#222222';
      for (let y = 100; y < h! - 100; y += 80) ctx.fillRect(100, y, w! - 200, 20);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    [width, height],
  );
  return Buffer.from(bytes);
}

async function photoSize(page: Page, name: string) {
  return page.getByRole('img', { name, exact: true }).evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    return `${el.naturalWidth}x${el.naturalHeight}`;
  });
}

async function addWith(
  page: Page,
  button: string,
  file: Parameters<import('@playwright/test').FileChooser['setFiles']>[0],
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(file);
}

/** A phone at 320 px with the biggest text: nothing may scroll sideways (WCAG 1.4.10). */
async function expectNoSidewaysScroll(page: Page, p: PlannerScreens, path: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() =>
    localStorage.setItem('my-review.display', JSON.stringify({ 'data-text-size': '200' })),
  );
  await p.goto(path);
  await expect(p.heading).toBeVisible();
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('my report, with no connection: photos of its pages, in order, a file, and my own words', async ({
  page,
  context,
  server,
}) => {
  await context.grantPermissions(['camera']);
  const p = new PlannerScreens(page);
  await p.goto('/');
  await waitForServiceWorker(page);
  await server.stop();

  await page.reload();
  await p.waitForApp();
  await page.getByRole('link', { name: /^After my review/ }).click();
  await p.expectTitle('After my review');
  await page.getByRole('link', { name: /^My report/ }).click();
  await p.expectTitle('My report');
  await expect(page.getByText('You have not added your report yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'my report, empty');

  // Two pages with the camera: made smaller on the tablet, kept in the order they were added.
  await addWith(page, 'Take a photo of a page', {
    name: 'IMG_0001.jpg',
    mimeType: 'image/jpeg',
    buffer: await cameraPhoto(page, 2400, 1800),
  });
  await expect(page.getByRole('img', { name: 'Page 1 of your report' })).toBeVisible();
  await p.expectSaved();
  await addWith(page, 'Take a photo of a page', {
    name: 'IMG_0002.jpg',
    mimeType: 'image/jpeg',
    buffer: await cameraPhoto(page, 1800, 2400),
  });
  await expect(page.getByRole('img', { name: 'Page 2 of your report' })).toBeVisible();
  expect(await photoSize(page, 'Page 1 of your report')).toBe('1600x1200');
  expect(await photoSize(page, 'Page 2 of your report')).toBe('1200x1600');
  // Adding the report says it has come.
  await expect(page.getByText(/^Yes\. You got your report on /)).toBeVisible();

  // Page 2 goes first; the focus stays with the page that moved.
  await p.button('Move up (Page 2)').click();
  await expect.poll(() => photoSize(page, 'Page 1 of your report')).toBe('1200x1600');
  await expect(page.locator(':focus')).toHaveAccessibleName('Move down (Page 1)');
  // Taken away by the keyboard, and put back as itself.
  await p.button('Take away (Page 1)').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Page 1 is taken away.')).toBeVisible();
  await expect(page.getByRole('img', { name: /of your report$/ })).toHaveCount(1);
  await expect(page.locator(':focus')).toHaveAccessibleName('Put it back');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: /of your report$/ })).toHaveCount(2);
  await expect.poll(() => photoSize(page, 'Page 1 of your report')).toBe('1200x1600');

  // A file that is not a PDF is refused, in words; a PDF is kept and opens from the tablet.
  await addWith(page, 'Choose a file', {
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html>not a pdf</html>'),
  });
  await expect(
    page.getByText('This file cannot be used. Choose a file whose name ends in .pdf.'),
  ).toBeVisible();
  await addWith(page, 'Choose a file', {
    name: 'CTR report.pdf',
    mimeType: 'application/pdf',
    buffer: smallPdf(),
  });
  const open = p.link('Open the file (Page 3)');
  await expect(open).toHaveAttribute('href', /^blob:/);
  await expect(page.getByText('CTR report.pdf')).toBeVisible();
  const [opened] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect.poll(() => opened.url()).toMatch(/^blob:/);
  await opened.close();

  await p.type('What does the report say about you?', 'It says I like my garden.');
  await p.choose('Not sure');
  await p.type('Say why, in your own words', 'It does not say I want to live near my mum.');
  await expectNoAxeViolations(page, 'my report, with pages and a file');

  // Still there after a reload with no server: the photos and the file come from the tablet.
  await page.reload();
  await p.waitForApp();
  await expect(page.getByRole('img', { name: /of your report$/ })).toHaveCount(2);
  expect(await photoSize(page, 'Page 1 of your report')).toBe('1200x1600');
  await expect(p.link('Open the file (Page 3)')).toHaveAttribute('href', /^blob:/);
  await expect(p.textbox('What does the report say about you?')).toHaveValue(
    'It says I like my garden.',
  );
  await expect(p.radio('Not sure')).toBeChecked();
  await expectNoSidewaysScroll(page, p, '/after/report');
});

test('my report is late: each time I ask is written down, with when, who and how', async ({
  page,
  server,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', isoDaysFromToday(-20));
  await p.open('/planner/review/care-coordinator', 'Who is your care co-ordinator?');
  await p.type('Their name', 'Dee Okafor');
  await waitForServiceWorker(page);
  await server.stop();

  await p.goto('/');
  const chase = page
    .getByRole('region', { name: 'What happens next' })
    .getByRole('listitem')
    .filter({ hasText: 'If your report has not come' });
  await chase.getByRole('link', { name: 'Write down that I asked' }).click();
  await p.expectTitle('My report');
  await expect(page.getByText('Your report is late. You can ask for it.')).toBeVisible();
  await expect(page.getByText('You have not written down that you asked yet.')).toBeVisible();
  await p.link('Write down that I asked').click();
  await p.expectTitle('I asked for my report');
  await expectNoAxeViolations(page, 'I asked for my report');

  // Not kept without who and how, and it says why; the list of problems has the focus.
  await p.button('Keep this').click();
  await expect(page.getByText('This is not kept yet.')).toBeVisible();
  await expect(page.getByText('Write who you asked.').first()).toBeVisible();
  await expect(page.getByText('Choose how you asked.').first()).toBeVisible();
  await expect(page.locator('#asked-problems')).toBeFocused();

  // With the keyboard only: the name of someone already in My review, then how, then keep it.
  await p.button('I asked Dee Okafor').focus();
  await page.keyboard.press('Enter');
  await expect(p.textbox('Who did you ask?')).toHaveValue('Dee Okafor');
  await p.radio('Phone').focus();
  await page.keyboard.press('Space');
  await expect(p.radio('Phone')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(p.radio('Email')).toBeChecked();
  await p.textbox('What did they say?').fill('She will send it next week.');
  await p.button('Keep this').focus();
  await page.keyboard.press('Enter');

  await p.expectTitle('My report');
  const list = page.getByRole('list', { name: 'Each time you asked' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(/you asked Dee Okafor by email\./);
  await expect(list).toContainText('She will send it next week.');
  await expectNoAxeViolations(page, 'my report, late, with a time I asked');

  await page.reload();
  await p.waitForApp();
  await expect(page.getByRole('list', { name: 'Each time you asked' })).toContainText(
    'Dee Okafor by email',
  );

  // A wrong day and way are put right, by the keyboard; Undo on My report puts the old one back.
  await list.getByRole('link', { name: /^Change this \(/ }).focus();
  await page.keyboard.press('Enter');
  await p.expectTitle('Change when I asked');
  await expect(p.textbox('Who did you ask?')).toHaveValue('Dee Okafor');
  await expect(p.radio('Email')).toBeChecked();
  await expectNoAxeViolations(page, 'change when I asked');
  await page.getByLabel('When did you ask?').fill(isoDaysFromToday(-3));
  await p.card('Letter').click();
  await expect(p.radio('Letter')).toBeChecked();
  await p.button('Keep my changes').click();
  await p.expectTitle('My report');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(/you asked Dee Okafor by letter\./);
  await p.button('Undo my last change').click();
  await expect(list).toContainText(/you asked Dee Okafor by email\./);

  // Taken away, and put back as itself.
  await list.getByRole('button', { name: /^Take this away \(/ }).click();
  await expect(page.getByText('You have not written down that you asked yet.')).toBeVisible();
  await p.button('Undo my last change').click();
  await expect(list).toContainText(/you asked Dee Okafor by email\./);
  await expect(list).toContainText('She will send it next week.');
});

test('my documents: add a care plan to my review pack, and see what is still missing', async ({
  page,
  server,
}) => {
  const p = new PlannerScreens(page);
  await p.goto('/');
  await waitForServiceWorker(page);
  await server.stop();

  await p.goto('/after');
  await page.getByRole('link', { name: /^My documents/ }).click();
  await p.expectTitle('My documents');
  await expect(page.getByText('5 documents are still missing:')).toBeVisible();
  const missing = page.getByRole('list', { name: 'Still missing' });
  await expect(missing.getByRole('listitem')).toHaveCount(5);
  await expectNoAxeViolations(page, 'my documents, nothing added');

  await missing.getByRole('link', { name: 'Care plan', exact: true }).click();
  await p.expectTitle('Care plan');
  await addWith(page, 'Choose a photo of a page', {
    name: 'care-plan.jpg',
    mimeType: 'image/jpeg',
    buffer: await cameraPhoto(page, 1800, 2400),
  });
  await expect(page.getByRole('img', { name: 'Page 1 of your care plan' })).toBeVisible();
  await p.tick('Put this in my review pack');
  await expectNoAxeViolations(page, 'a document with a page');

  await p.open('/after/documents/riskAssessment', 'Risk assessment');
  await p.tick('I do not have this one');

  // The communication passport is "How I communicate": a link, not a copy.
  await p.open('/after/documents/communicationPassport', 'Communication passport');
  await p.link('Go to How I communicate').click();
  await p.expectTitle('How I communicate');

  await p.goto('/after/documents');
  await expect(page.getByText('3 documents are still missing:')).toBeVisible();
  await expect(page.getByText('1 document is in your review pack.')).toBeVisible();
  const all = page.getByRole('list', { name: 'All my documents' });
  const line = (name: string) =>
    all.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(line('Care plan')).toContainText('In my review pack. 1 page.');
  await expect(line('Risk assessment')).toContainText('I do not have this one.');
  await expect(missing.getByRole('link', { name: 'Care plan', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'my documents, one in the pack');
  await expectNoSidewaysScroll(page, p, '/after/documents');
  await expectNoSidewaysScroll(page, p, '/after/documents/carePlan');
});
