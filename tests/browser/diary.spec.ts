// The diary after the review, with the server stopped and by keyboard only: three kinds of entry
// with a photo, a recording and a letter, Find, the evidence timeline on paper, the spreadsheet,
// and delete with "Undo" putting the same entry back.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { fakeCamera } from './support/camera';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { smallPdf } from './support/files';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';

test.use({ serviceWorkers: 'allow' });
test.use(fakeCamera);

/** A small photo, as the camera would give it. */
async function photo(page: Page, colour: string): Promise<Buffer> {
  const bytes = await page.evaluate(async (fill) => {
    const canvas = new OffscreenCanvas(800, 600);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, 800, 600);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, colour);
  return Buffer.from(bytes);
}

/** The diary's screens, used with the keyboard only: focus a control, then press a key. */
class Diary extends PlannerScreens {
  async enter(control: Locator) {
    await control.focus();
    await this.page.keyboard.press('Enter');
  }
  async pick(name: string) {
    const before = await this.savedAt();
    await this.radio(name).focus();
    await this.page.keyboard.press('Space');
    await expect(this.radio(name)).toBeChecked();
    await this.expectSaved(before);
  }
  async write(name: string, text: string) {
    const before = await this.savedAt();
    await this.textbox(name).focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
    await this.expectSaved(before);
  }
  async nextStep() {
    const title = await this.heading.textContent();
    await this.enter(this.link(/^Next/));
    await expect(this.heading).not.toHaveText(title ?? '');
    // Focus moves to the new step's title after it shows (as a screen reader user hears it): a key
    // pressed before then would land on the title, not on the control it was meant for.
    await expect(this.heading).toBeFocused();
  }
  async keepPhoto(button: string, bytes: Buffer, img: string) {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.enter(this.page.getByRole('button', { name: button, exact: true })),
    ]);
    await chooser.setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: bytes });
    await expect(this.page.getByRole('img', { name: img })).toBeVisible();
  }
  async record() {
    await this.enter(this.button('Record what happened'));
    const timer = this.page.getByRole('timer');
    await expect(timer).toContainText(/Recording for \d+ seconds?/);
    await expect(timer).not.toContainText(/\b0 seconds/, { timeout: 10_000 });
    await this.enter(this.button('Stop recording'));
    await expect(this.page.getByText('Your recording is saved on this tablet.')).toBeVisible();
  }
  /** Writes one entry, step by step, and finishes on the diary's list. */
  async add(e: {
    kind: string;
    day: string;
    words: string;
    who: string;
    feeling: string;
    keep?: (d: Diary) => Promise<void>;
    onlyMe?: boolean;
  }) {
    await this.enter(this.button('Write in my diary'));
    await this.expectTitle('What kind of thing happened?');
    await this.pick(e.kind);
    await this.nextStep();
    await this.expectTitle('What happened?');
    const before = await this.savedAt();
    await this.textbox('The day it happened').fill(e.day);
    await this.textbox('The day it happened').blur();
    await this.expectSaved(before);
    await this.write('What happened', e.words);
    await this.nextStep();
    await this.write('Who was involved', e.who);
    await this.nextStep();
    await this.pick(e.feeling);
    await this.nextStep();
    await this.expectTitle('Add a photo, a recording or a letter');
    await e.keep?.(this);
    await this.nextStep();
    await this.expectTitle('Who can see this entry?');
    if (e.onlyMe) {
      // The sharing feature's cards: the easy words are part of the card's name.
      const onlyMe = this.page.getByRole('checkbox', { name: /^Only me/ });
      await onlyMe.focus();
      await this.page.keyboard.press('Space');
      await expect(onlyMe).toBeChecked();
    }
    await this.enter(this.link(/I have finished/));
    await this.expectTitle('My diary');
  }
  get count(): Locator {
    return this.page.locator('.diary-count');
  }
  get days(): Locator {
    return this.page.locator('.diary-list .item__title');
  }
}

test('I keep a diary with the server stopped, find entries, print it as evidence and save a spreadsheet', async ({
  page,
  context,
  server,
}) => {
  test.slow(); // a long journey on a shared machine
  await context.grantPermissions(['microphone', 'camera']);
  const d = new Diary(page);
  const home = new HomePage(page);
  await home.goto('/');
  await home.setName('Sam');
  await waitForServiceWorker(page);
  await server.stop();

  await d.open('/after', 'After my review');
  await d.enter(d.link(/My diary/));
  await d.expectTitle('My diary');
  await expect(page.getByText('Your diary is empty.')).toBeVisible();
  await expectNoAxeViolations(page, 'an empty diary');

  const dayPhoto = await photo(page, '#2a7f62');
  const letter = await photo(page, '#f4f4f4');
  await d.add({
    kind: 'A phone call',
    day: '2027-03-02',
    words: 'I called Jo about my move. She said next week.',
    who: 'Jo, my care co-ordinator',
    feeling: 'Not sure',
    keep: async (x) => {
      await x.keepPhoto('Take a photo', dayPhoto, 'Your photo for the diary entry');
      await x.record();
      await expectNoAxeViolations(page, 'an entry with a photo and a recording');
    },
  });
  await d.add({
    kind: 'A letter or email',
    day: '2027-03-05',
    words: 'A letter from Dr Khan. My meeting is moved again.',
    who: 'Dr Khan',
    feeling: 'Not good',
    // A letter as photos of its pages, and an email as a PDF file: kept on the tablet.
    keep: async (x) => {
      await x.keepPhoto('Take a photo of a page', letter, 'Page 1 of your letter or email');
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        x.enter(x.button('Choose a file')),
      ]);
      await chooser.setFiles({
        name: 'Email from Dr Khan.pdf',
        mimeType: 'application/pdf',
        buffer: smallPdf(),
      });
      await expect(x.link('Open the file (Page 2)')).toHaveAttribute('href', /^blob:/);
      await expect(page.getByText('Email from Dr Khan.pdf')).toBeVisible();
      await expectNoAxeViolations(page, 'an entry with a letter and an email file');
    },
    onlyMe: true,
  });
  await d.add({
    kind: 'A good day',
    day: '2027-03-10',
    words: '=1+2 went bowling, with "friends", and laughed.\nThen pizza.',
    who: 'Mum',
    feeling: 'Good',
  });

  // Newest first, each with its kind, who and marks.
  await expect(d.count).toHaveText('3 entries in your diary.');
  await expect(d.days).toHaveText([
    'Wednesday, 10 March 2027',
    'Friday, 5 March 2027',
    'Tuesday, 2 March 2027',
  ]);
  const call = page.locator('.diary-entry').filter({ hasText: 'A phone call' });
  await expect(call).toContainText('Who: Jo, my care co-ordinator');
  await expect(call).toContainText('A recording');
  await expect(call.getByRole('img', { name: 'Your photo for the diary entry' })).toBeVisible();
  await expect(page.locator('.diary-entry').filter({ hasText: 'Dr Khan' })).toContainText(
    'Only me',
  );
  await expect(page.locator('.diary-entry').filter({ hasText: 'Dr Khan' })).toContainText(
    'A letter',
  );
  await expectNoAxeViolations(page, 'the diary with three entries');

  // Find: by kind, by a person, between two days.
  await d.enter(d.button('Find entries'));
  await d.radio('A letter or email').focus();
  await page.keyboard.press('Space');
  await expect(d.count).toHaveText('1 entry found.');
  await expect(d.days).toHaveText(['Friday, 5 March 2027']);
  await d.enter(d.button('Show all entries'));
  await expect(d.count).toHaveText('3 entries in your diary.');
  await d.textbox("A person's name").focus();
  await page.keyboard.type('jo');
  await expect(d.count).toHaveText('1 entry found.');
  await expect(d.days).toHaveText(['Tuesday, 2 March 2027']);
  await d.enter(d.button('Show all entries'));
  await d.textbox('From this day').fill('2027-03-04');
  await d.textbox('To this day').fill('2027-03-31');
  await expect(d.count).toHaveText('2 entries found.');
  await expect(d.days).toHaveText(['Wednesday, 10 March 2027', 'Friday, 5 March 2027']);
  await expectNoAxeViolations(page, 'the diary, finding');
  await d.enter(d.button('Show all entries'));

  // Delete, then "Undo" puts the same entry back.
  const good = page.locator('.diary-entry').filter({ hasText: 'A good day' });
  const href = await good.getByRole('link', { name: 'Change this entry' }).getAttribute('href');
  await d.enter(good.getByRole('button', { name: 'Delete this entry' }));
  await d.enter(page.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete it' }));
  await expect(d.count).toHaveText('2 entries in your diary.');
  await d.enter(d.button('Undo my last change'));
  await expect(d.count).toHaveText('3 entries in your diary.');
  await expect(good.getByRole('link', { name: 'Change this entry' })).toHaveAttribute(
    'href',
    href!,
  );

  // The evidence: a cover page, then the timeline, oldest first; no entry split across pages.
  await d.enter(d.link('Print or save my diary'));
  await d.expectTitle('My diary as evidence');
  await expectNoAxeViolations(page, 'the diary as evidence');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(d.button('Print my diary')).toBeHidden();
  const cover = page.locator('.evidence-cover');
  await expect(cover).toContainText('The diary of Sam');
  await expect(cover).toContainText('From Tuesday, 2 March 2027 to Wednesday, 10 March 2027.');
  await expect(cover).toContainText('3 entries.');
  await expect(cover).toContainText(/Made on \w+day,? \d+ \w+ \d{4} at \d/);
  expect(await cover.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  const entries = page.locator('.evidence-entry');
  await expect(entries.locator('h2')).toHaveText([
    'Tuesday, 2 March 2027: A phone call',
    'Friday, 5 March 2027: A letter or email',
    'Wednesday, 10 March 2027: A good day',
  ]);
  await expect(entries.nth(0)).toContainText('There is a recording with this entry.');
  await expect(
    entries.nth(1).getByRole('img', { name: 'The letter or email: Photo of page 1' }),
  ).toBeVisible();
  await expect(entries.nth(1)).toContainText('Email from Dr Khan.pdf');
  for (const breakInside of await entries.evaluateAll((els) =>
    els.map((el) => getComputedStyle(el).breakInside),
  ))
    expect(breakInside).toBe('avoid');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The cover is a page of its own, then the timeline.
  expect(
    (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length,
  ).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  // The spreadsheet for a solicitor: oldest first, every cell safe to open.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    d.enter(d.button('Save as a spreadsheet')),
  ]);
  expect(download.suggestedFilename()).toMatch(/^diary-sam-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(`Look for ${download.suggestedFilename()}`)).toBeVisible();
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n')).toEqual([
    '\uFEFFDate,Kind,Who was involved,What happened,How it felt,Photo,Recording,Letter or email,Only me',
    '2027-03-02,A phone call,"Jo, my care co-ordinator",I called Jo about my move. She said next week.,Not sure,Yes,Yes,,',
    '2027-03-05,A letter or email,Dr Khan,A letter from Dr Khan. My meeting is moved again.,Not good,,,Photo of page 1; Email from Dr Khan.pdf,Yes',
    `2027-03-10,A good day,Mum,"'=1+2 went bowling, with ""friends"", and laughed.\nThen pizza.",Good,,,,`,
    '',
  ]);

  // Still there after a reload, with the server still stopped.
  await d.open('/after/diary', 'My diary');
  await expect(d.count).toHaveText('3 entries in your diary.');
  // The entries' pictures are views of the diary's one picture file (src/content/pictureSheets.ts),
  // and every one is drawn.
  const pictures = page.locator('.diary-list img.picture__img');
  await expect(pictures.first()).toBeVisible();
  const shown = await pictures.evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((i) => ({
      file: new URL(i.src).pathname,
      drawn: i.complete && i.naturalWidth > 0,
    })),
  );
  expect(shown.length).toBeGreaterThan(6);
  expect(shown.every((p) => p.file === '/symbols/sheets/diary.svg' && p.drawn)).toBe(true);
});
