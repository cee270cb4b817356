// The content rules themselves: each one catches what it is for, and lets good words through.
import { describe, expect, it } from 'vitest';
import {
  abbreviationProblems,
  definitions,
  emphasisProblems,
  glossaryIds,
  localeStrings,
  pictureProblems,
  sentenceProblems,
  termProblems,
} from './rules';

const one = (value: string, key = 'x') => ({ file: 'locales/en/t.json', key, value, page: 'p' });

describe('sentence rule', () => {
  it('fails a sentence of 16 words and names the file, key and sentence', () => {
    const long =
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    expect(sentenceProblems(one(`Short one. ${long}`, 'a.b'))).toEqual([
      `locales/en/t.json › a.b: a sentence of 16 words (15 at most): "${long}"`,
    ]);
  });
  it('passes 15 words, counts a hard word by its shown words, and ignores the markup', () => {
    expect(
      sentenceProblems(
        one(
          'One two three four five six seven eight nine ten eleven twelve thirteen [[care co-ordinator|x]].',
        ),
      ),
    ).toEqual([]);
  });
});

describe('abbreviation rule', () => {
  it('knows a short form written out correctly, leaving out small words', () => {
    expect([...definitions('A Care and Treatment Review (CTR) is').keys()]).toEqual(['CTR']);
    expect([...definitions('an Education, Health and Care Plan (EHCP).').keys()]).toEqual(['EHCP']);
    expect([...definitions('a personal identification number (PIN)').keys()]).toEqual(['PIN']);
    expect([...definitions('a review of care (CTR)').keys()]).toEqual([]);
  });
  it('fails a short form used before it is written out, or never written out', () => {
    const problems = abbreviationProblems([
      one('Your CTR is soon. A Care and Treatment Review (CTR) is a meeting.'),
      one('The NHS pays.'),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/"CTR" is not explained.*"Your CTR is soon\."/);
    expect(problems[1]).toMatch(/"NHS" is not explained/);
  });
  it('fails capitals used for emphasis', () => {
    expect(abbreviationProblems([one('You do NOT have to talk.')])).toHaveLength(1);
  });
  it('passes a short form written out earlier on the same page, or inside a hard word', () => {
    const page = localeStrings('locales/en/t.json', {
      a: {
        title: 'A page',
        lede: 'A Care and Treatment Review (CTR) is a meeting.',
        more: { text: 'Your CTRs are soon.' },
      },
      b: { title: 'Another page', text: 'Ask about your [[CTR|ctr]]. Is that OK?' },
    });
    expect(abbreviationProblems(page)).toEqual([]);
  });
  it('does not carry a short form over to another page', () => {
    const pages = localeStrings('locales/en/t.json', {
      a: { title: 'A page', text: 'A Care and Treatment Review (CTR) is a meeting.' },
      b: { title: 'Another page', text: 'Your CTR is soon.' },
    });
    expect(abbreviationProblems(pages)).toHaveLength(1);
  });
});

describe('picture rule', () => {
  const symbols = new Set(['home']);
  it('fails a paragraph without a picture, a picture without words, and an unknown picture', () => {
    const problems = pictureProblems(
      'locales/en/t.json',
      {
        blocks: [
          { text: 'No picture.' },
          { symbol: 'home', alt: '', text: 'No alt.' },
          { symbol: 'castle', alt: 'A castle', text: 'Unknown.' },
          { symbol: 'home' },
        ],
      },
      symbols,
    );
    expect(problems).toEqual([
      'locales/en/t.json › blocks[0]: a paragraph without a picture: add "symbol" and "alt"',
      'locales/en/t.json › blocks[1]: the picture "home" has no "alt" (what the picture shows)',
      'locales/en/t.json › blocks[2]: the picture "castle" is not in assets/symbols/symbols.json',
      'locales/en/t.json › blocks[3]: the picture "home" has no "alt", "label" or "title"',
    ]);
  });
  it('passes a paragraph with its picture, and a picture with a label beside it', () => {
    expect(
      pictureProblems(
        'f',
        {
          a: { symbol: 'home', alt: 'A house', text: 'Hi.' },
          b: { symbol: 'home', label: 'Home' },
        },
        symbols,
      ),
    ).toEqual([]);
  });
});

describe('hard word rule', () => {
  const glossary = glossaryIds({
    terms: {
      advocate: { word: 'advocate', text: 'Helps you.', symbol: 'a', alt: 'A' },
      half: { word: 'half' },
    },
  });
  it('fails a hard word with no glossary entry, or with an incomplete one', () => {
    expect(
      termProblems(one('Ask an [[advocate]] or a [[half]] or a [[chair]].'), glossary),
    ).toEqual([
      'locales/en/t.json › x: the hard word [[half]] needs an entry "half" in glossary.json',
      'locales/en/t.json › x: the hard word [[chair]] needs an entry "chair" in glossary.json',
    ]);
  });
  it('fails broken markup', () => {
    expect(termProblems(one('Ask an [[advocate.]] now.'), glossary)[0]).toMatch(/cannot contain/);
    expect(termProblems(one('Ask an [[advocate now.'), glossary)[0]).toMatch(/without its/);
  });
  it('passes a marked word with its entry, in either form', () => {
    expect(
      termProblems(one('Ask an [[advocate]]. [[Advocates|advocate]] help.'), glossary),
    ).toEqual([]);
  });
});

describe('emphasis rule', () => {
  it('fails HTML and markdown emphasis, and passes plain words', () => {
    expect(emphasisProblems(one('This is <b>bold</b>.'))).toHaveLength(1);
    expect(emphasisProblems(one('This is *very* important.'))).toHaveLength(1);
    expect(emphasisProblems(one('This is important, 2 * 3.'))).toEqual([]);
  });
});
