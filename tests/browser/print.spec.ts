import { writeFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';

/** Pages in a PDF made by Chromium (each page object says /Type /Page). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function fillSome(p: PlannerScreens, page: import('@playwright/test').Page) {
  const home = new HomePage(page);
  await home.goto('/');
  await home.setName('Sam');
  await p.open('/planner/review/when', 'When is your review?');
  await p.type('Date of my review', '2027-03-10');
  await p.open('/planner/review/age', 'How old are you?');
  await p.choose('16 or older');
  await p.open('/planner/consent/review', 'Do you agree to have your review?');
  await p.choose('Yes, I agree');
  await p.open('/planner/taking-part/ways', 'How do you want to take part?');
  await p.tick('Just say hello');
  await p.tick('Join by video');
  await p.open('/planner/needs/senses', 'What helps with noise, light and smells?');
  await p.tick('A quiet room');
  for (const [path, title, words] of [
    ['/planner/say/live', 'Where do you want to live?', 'In a flat near my mum, with my cat.'],
    [
      '/planner/say/future',
      'What are your hopes for the future?',
      'I want a job at the garden centre.',
    ],
  ] as const) {
    await p.open(path, title);
    await p.choose('Good');
    await p.type('In my own words', words);
    await p.choose('Me, in my own words');
    await p.tick('Use my own words in the report');
  }
  await p.open('/planner/say/care', 'What do you think about your care and treatment?');
  await p.type('In my own words', 'Sam finds groups hard.');
  await p.choose('A supporter wrote their own view');
  await p.open('/planner/questions', 'What do you want to ask the panel?');
  await p.button('Add a question').click();
  await expect(p.textbox('Question 1')).toBeFocused();
  const before = await p.savedAt();
  await page.keyboard.type('When can I go home?');
  await p.textbox('Question 1').blur();
  await p.expectSaved(before);
}

test('the whole planner prints with everything entered, and makes a PDF', async ({
  page,
}, testInfo) => {
  const p = new PlannerScreens(page);
  await fillSome(p, page);
  await p.open('/planner', 'My planner');
  await p.link('Print my whole planner').click();
  await p.expectTitle('My Care and Treatment Review planner');
  await expect(p.button('Print my planner')).toBeVisible();
  await expectNoAxeViolations(page, 'print page on screen');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(p.button('Print my planner')).toBeHidden();
  const doc = page.locator('.print-doc');
  await expect(doc).toContainText('My name is Sam.');
  // Sharing with the panel was not answered: the first thing the panel reads says so.
  await expect(doc.locator('.print-warning')).toContainText(
    'I have not said yes to sharing my planner with the panel.',
  );
  for (const part of [
    'My review',
    'My consent',
    'Who I want to come',
    'How I want to take part',
    'What I want to say',
    'My questions for the panel',
    'What I need on the day',
  ])
    await expect(doc.getByRole('heading', { level: 2, name: part })).toBeVisible();
  await expect(doc).toContainText('You said yes.');
  await expect(doc).toContainText('Just say hello');
  await expect(doc).toContainText('Written by me, in my own words:');
  await expect(doc).toContainText('In a flat near my mum, with my cat.');
  // A supporter's view is labelled as theirs, never as the person's words.
  await expect(
    doc.locator('.read-answer').filter({ hasText: 'Sam finds groups hard.' }),
  ).toContainText("A supporter's own view, not my words:");
  await expect(doc).toContainText('When can I go home?');
  // The school part is only for a Care, Education and Treatment Review.
  await expect(doc.getByRole('heading', { name: 'School or college' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'whole planner, print media');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageCount(pdf)).toBeGreaterThan(1);
  await writeFile(testInfo.outputPath('my-planner.pdf'), pdf);
});

test('"About me and what I want to say" fits on one page, with my quotes and pictures', async ({
  page,
}, testInfo) => {
  const p = new PlannerScreens(page);
  await fillSome(p, page);
  await p.open('/planner', 'My planner');
  await p.link('About me and what I want to say').click();
  await p.expectTitle('About me and what I want to say');
  await expectNoAxeViolations(page, 'about me on screen');

  await page.emulateMedia({ media: 'print' });
  const doc = page.locator('.print-doc');
  await expect(doc).toContainText('My name is Sam.');
  await expect(doc).toContainText('Just say hello');
  await expect(doc).toContainText('Join by video');
  await expect(doc).toContainText('A quiet room');
  await expect(doc.locator('blockquote')).toHaveText([
    'In a flat near my mum, with my cat.',
    'I want a job at the garden centre.',
  ]);
  // Only the words the person asked to be quoted; never a supporter's view.
  await expect(doc).not.toContainText('Sam finds groups hard.');
  await expect(doc.getByRole('img', { name: 'Good' })).toHaveCount(2);
  await expect(doc).toContainText('When can I go home?');
  await expectNoAxeViolations(page, 'about me, print media');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageCount(pdf)).toBe(1);
  await writeFile(testInfo.outputPath('about-me.pdf'), pdf);
});
