// The diary's rules: what is listed, in which order, what Find keeps, and the evidence export.
import { describe, expect, it } from 'vitest';
import {
  diaryList,
  findEntries,
  FIND_NOTHING,
  isFinding,
  type DiaryEntry,
} from '../../../src/features/after/diary/entries';
import {
  csvFileName,
  evidenceOf,
  evidenceRows,
  letterNames,
  type CsvWords,
} from '../../../src/features/after/diary/evidence';
import { STEPS, stepDone } from '../../../src/features/after/diary/steps';
import type { Fields } from '../../../src/shared/records';

// Ids are time-ordered (uuid v7): a later id was written later.
const rec = (id: string, data: Fields) => ({ id, data });

/** The spreadsheet's words: plain stand-ins, so a test can see which word went where. */
const words: CsvWords = {
  headings: {
    date: 'Date',
    kind: 'Kind',
    who: 'Who',
    what: 'What',
    feeling: 'Feeling',
    photo: 'Photo',
    recording: 'Recording',
    letter: 'Letter',
    onlyMe: 'Only me',
  },
  kind: (k) => `kind:${k}`,
  feeling: (f) => `feeling:${f}`,
  yes: 'Yes',
  letterPhoto: 'A photo of the letter',
};
const records = [
  rec('01-a', { when: '2027-03-05', kind: 'letter', who: 'Dr Khan', text: 'A letter.' }),
  rec('02-b', { when: '2027-03-02', kind: 'call', who: 'Jo Smith, care co-ordinator' }),
  rec('03-c', { when: '2027-03-10', kind: 'goodDay', who: 'Mum', feeling: 'good' }),
  rec('04-d', { when: '2027-03-05', kind: 'meeting', who: 'Zoë and Jo' }),
  // Only a day: made by "Write in my diary" and left. Not listed.
  rec('05-e', { when: '2027-03-11' }),
  // No day: still listed, last.
  rec('06-f', { when: '', text: 'Something I want to remember.' }),
  rec('07-g', { when: 'next Tuesday', kind: 'visit' }),
];
const list = diaryList(records);
const ids = (es: DiaryEntry[]) => es.map((e) => e.id);

describe('the diary list', () => {
  it('lists only entries with something in them, newest first, then those with no day', () => {
    expect(ids(list)).toEqual(['03-c', '04-d', '01-a', '02-b', '07-g', '06-f']);
  });
  it('reads a value it does not know as nothing, never as a guess', () => {
    const [e] = diaryList([
      rec('x', { when: '2027-01-01', kind: 'party', feeling: 'great', text: 'Hi' }),
    ]);
    expect(e!.kind).toBeNull();
    expect(e!.feeling).toBeNull();
  });
});

describe('Find', () => {
  it('finds nothing special when nothing is filled in', () => {
    expect(isFinding(FIND_NOTHING)).toBe(false);
    expect(ids(findEntries(list, FIND_NOTHING))).toEqual(ids(list));
  });
  it('finds by kind', () => {
    expect(ids(findEntries(list, { ...FIND_NOTHING, kind: 'letter' }))).toEqual(['01-a']);
  });
  it('finds by part of a name, ignoring case and accents', () => {
    expect(ids(findEntries(list, { ...FIND_NOTHING, person: ' jo ' }))).toEqual(['04-d', '02-b']);
    expect(ids(findEntries(list, { ...FIND_NOTHING, person: 'zoe' }))).toEqual(['04-d']);
  });
  it('finds between two days, both included; days the wrong way round still work', () => {
    const range = { ...FIND_NOTHING, from: '2027-03-02', to: '2027-03-05' };
    expect(ids(findEntries(list, range))).toEqual(['04-d', '01-a', '02-b']);
    expect(ids(findEntries(list, { ...range, from: range.to, to: range.from }))).toEqual([
      '04-d',
      '01-a',
      '02-b',
    ]);
    expect(ids(findEntries(list, { ...FIND_NOTHING, from: '2027-03-06' }))).toEqual(['03-c']);
    expect(ids(findEntries(list, { ...FIND_NOTHING, to: '2027-03-02' }))).toEqual(['02-b']);
  });
  it('combines kind, person and days', () => {
    expect(
      ids(
        findEntries(list, { kind: 'meeting', person: 'jo', from: '2027-03-01', to: '2027-03-31' }),
      ),
    ).toEqual(['04-d']);
    expect(findEntries(list, { kind: 'call', person: 'mum', from: '', to: '' })).toEqual([]);
  });
});

describe('the evidence', () => {
  const now = new Date('2027-04-01T09:30:00Z');
  const evidence = evidenceOf(list, ' Sam ', now);
  it('is a timeline, oldest first, entries of one day in the order written, undated last', () => {
    expect(ids(evidence.entries)).toEqual(['02-b', '01-a', '04-d', '03-c', '06-f', '07-g']);
  });
  it('has a cover with whose diary, the days it covers, how many entries and when it was made', () => {
    expect(evidence.cover).toEqual({
      name: 'Sam',
      from: '2027-03-02',
      to: '2027-03-10',
      count: 6,
      madeAt: '2027-04-01T09:30:00.000Z',
    });
  });
  it('says when no entry has a day', () => {
    const cover = evidenceOf(diaryList([rec('z', { text: 'Hi' })]), '', now).cover;
    expect(cover).toMatchObject({ name: '', from: '', to: '', count: 1 });
  });
  it('makes spreadsheet rows in the same order, in the person’s words', () => {
    const rows = evidenceRows(
      diaryList([
        rec('2', { when: '2027-03-02', kind: 'call', voice: 'ab', onlyMe: true, text: 'x' }),
        rec('1', { when: '2027-03-01', feeling: 'notGood', photo: 'cd', letter: 'ef', who: 'Jo' }),
      ]),
      words,
    );
    expect(rows).toEqual([
      ['Date', 'Kind', 'Who', 'What', 'Feeling', 'Photo', 'Recording', 'Letter', 'Only me'],
      ['2027-03-01', '', 'Jo', '', 'feeling:notGood', 'Yes', '', 'A photo of the letter', ''],
      ['2027-03-02', 'kind:call', '', 'x', '', '', 'Yes', '', 'Yes'],
    ]);
  });
  it('lists the pages of each letter by name: a file by its own name, a photo by its number', () => {
    const names = letterNames(
      [
        { mime: 'image/jpeg', name: '' },
        { mime: 'application/pdf', name: 'Discharge letter.pdf' },
        { mime: 'application/pdf', name: ' ' },
      ],
      { file: 'A file', page: (n) => `Photo of page ${n}` },
    );
    expect(names).toEqual(['Photo of page 1', 'Discharge letter.pdf', 'A file']);
    const rows = evidenceRows(
      diaryList([rec('1', { when: '2027-03-01', kind: 'letter', text: 'It came.' })]),
      words,
      new Map([['1', names]]),
    );
    expect(rows[1]![7]).toBe('Photo of page 1; Discharge letter.pdf; A file');
  });
  it('names the file after the person and the day', () => {
    expect(csvFileName('Zoë O’Neil', '2027-04-01')).toBe('diary-zoe-o-neil-2027-04-01.csv');
    expect(csvFileName('', '2027-04-01')).toBe('diary-2027-04-01.csv');
  });
});

describe('the steps of an entry', () => {
  it('ticks a step only when it has an answer', () => {
    const [empty] = diaryList([rec('e', { when: '2027-01-01', text: ' ', kind: 'call' })]);
    expect(STEPS.filter((s) => stepDone(s, empty!))).toEqual(['kind']);
    const [full] = diaryList([
      rec('f', {
        kind: 'call',
        text: 'x',
        who: 'Jo',
        feeling: 'good',
        letter: 'ab',
        onlyMe: true,
      }),
    ]);
    expect(STEPS.filter((s) => stepDone(s, full!))).toEqual([...STEPS]);
  });
});
