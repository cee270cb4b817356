// The "This is stuck" letter: filled from the action, with and without updates, never with an
// empty gap or a placeholder left in, never saying it was sent; and its mailto: link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildLetter,
  emailIn,
  letterText,
  mailtoHref,
  type LetterFacts,
} from '../../../src/features/after/actions/letter';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: {
        actions: JSON.parse(
          readFileSync(join(__dirname, '../../../locales/en/actions.json'), 'utf8'),
        ) as object,
      },
    },
    interpolation: { escapeValue: false },
  });
  t = i18n.t;
});

const day = (d: string) => `[${d}]`;

const facts: LetterFacts = {
  to: 'named',
  what: 'Find me a flat near my mum',
  who: 'Jo Smith',
  howWeKnow: 'I have the keys to my flat',
  byWhen: '2027-03-28',
  reviewDate: '2027-01-12',
  reviewKind: 'ctr',
  updates: [
    { when: '2027-02-02', words: 'Called Jo on Tuesday. She said next week.' },
    { when: '2027-03-01', words: '' },
    { when: '2027-03-30', words: 'Wrote to Jo again' },
  ],
  recipient: { name: 'Jo Smith', email: 'jo.smith@example.org' },
  copyTo: { name: 'Sam Patel', email: 'sam.patel@example.org' },
  from: 'Alex',
  today: '2027-04-06',
};

function expectNoGaps(text: string) {
  expect(text).not.toMatch(/\{\{|\}\}|undefined|null|\[\]|: \.|\s\.\s|,,/);
  expect(text).not.toMatch(/\bsent\b/i);
  for (const line of text.split('\n\n')) expect(line.trim()).not.toBe('');
}

describe('the stuck letter', () => {
  it('is filled from the action: review, what, who, the date agreed, how we will know, updates', () => {
    const letter = buildLetter(t, day, facts);
    const text = letterText(letter);
    expect(letter.subject).toBe('An action from my review is stuck: Find me a flat near my mum');
    expect(letter.paragraphs).toEqual([
      '[2027-04-06]',
      'Copy to: Sam Patel',
      'Dear Jo Smith,',
      'I am writing about an action agreed at my Care and Treatment Review on [2027-01-12].',
      'The action was: Find me a flat near my mum.',
      'The person named to do it is Jo Smith. It was agreed that it would be done by [2027-03-28]. We agreed we would know it was done when: I have the keys to my flat.',
      'This has not happened yet, and the action is now stuck.',
      'This is what has happened so far:',
      '[2027-02-02]: Called Jo on Tuesday. She said next week.',
      '[2027-03-30]: Wrote to Jo again.',
      'Please tell me in writing what will happen next, and by when.',
      'Thank you for your help.',
      'Yours sincerely,\nAlex',
    ]);
    expectNoGaps(text);
  });

  it('without updates says there has been no news, and leaves out what is not known', () => {
    const letter = buildLetter(t, day, {
      ...facts,
      to: 'commissioner',
      updates: [],
      howWeKnow: '  ',
      reviewDate: null,
      reviewKind: null,
      recipient: { name: '', email: '' },
      copyTo: null,
      from: '',
    });
    const text = letterText(letter);
    expect(letter.paragraphs).toEqual([
      '[2027-04-06]',
      'Dear Sir or Madam,',
      'I am writing about an action agreed at my review.',
      'The action was: Find me a flat near my mum.',
      'The person named to do it is Jo Smith. It was agreed that it would be done by [2027-03-28].',
      'This has not happened yet, and the action is now stuck.',
      'I have had no news of any progress since it was agreed.',
      'As the commissioner, please help make sure this action happens.',
      'Thank you for your help.',
      'Yours sincerely,',
    ]);
    expectNoGaps(text);
  });

  it('names a Care, Education and Treatment Review, and shortens a long subject', () => {
    const what =
      'Arrange a school place with support for my autism, and a plan for getting there safely.';
    const letter = buildLetter(t, day, { ...facts, what, reviewKind: 'cetr' });
    expect(letter.paragraphs[3]).toContain('Care, Education and Treatment Review');
    expect(letter.subject.length).toBeLessThanOrEqual(100);
    expect(letter.subject.endsWith('…')).toBe(true);
    expect(letter.paragraphs[4]).toBe(`The action was: ${what}`);
  });

  it('makes a mailto: link to the person, copied to the other, with the subject and the letter', () => {
    const letter = buildLetter(t, day, facts);
    const href = mailtoHref(letter, facts.recipient, facts.copyTo);
    expect(href.startsWith('mailto:jo.smith@example.org?cc=sam.patel%40example.org&subject=')).toBe(
      true,
    );
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(letter.subject);
    expect(url.searchParams.get('body')).toBe(letterText(letter).replace(/\n/g, '\r\n'));
    expect(href).not.toMatch(/[\s"<>]/);
  });

  it('opens an email with no address when none is known', () => {
    const letter = buildLetter(t, day, facts);
    expect(mailtoHref(letter, { name: 'Jo', email: '' }, null)).toMatch(/^mailto:\?subject=/);
  });

  it('finds an email address in contact details typed as words', () => {
    expect(emailIn('Sam Patel, sam.patel@example.org, 0161 496 0000')).toBe(
      'sam.patel@example.org',
    );
    expect(emailIn('Email: sam@example.org.')).toBe('sam@example.org');
    expect(emailIn('0161 496 0000')).toBe('');
  });
});
