import { describe, expect, it } from 'vitest';
import rulesJson from '../../../src/content/nextReview.json';
import {
  addMonths,
  openActions,
  readRules,
  shownReview,
  suggestedNext,
} from '../../../src/features/after/next/nextReview';

const RULES = readRules(rulesJson);

describe('when the next review is due (data, not code)', () => {
  it('suggests three months on for a CETR in hospital, and nothing for the others', () => {
    expect(suggestedNext({ date: '2027-01-15', kind: 'cetr', setting: 'hospital' }, RULES)).toBe(
      '2027-04-15',
    );
    expect(
      suggestedNext({ date: '2027-01-15', kind: 'cetr', setting: 'community' }, RULES),
    ).toBeNull();
    expect(
      suggestedNext({ date: '2027-01-15', kind: 'ctr', setting: 'hospital' }, RULES),
    ).toBeNull();
    expect(suggestedNext({ date: '', kind: 'cetr', setting: 'hospital' }, RULES)).toBeNull();
  });

  it('takes its rules from the file: another rule there changes the suggestion', () => {
    const rules = readRules({ rules: [{ kind: 'ctr', everyMonths: 6 }] });
    expect(suggestedNext({ date: '2027-01-15', kind: 'ctr', setting: 'hospital' }, rules)).toBe(
      '2027-07-15',
    );
    expect(() => readRules({ rules: [{ everyMonths: 0 }] })).toThrow();
    expect(() => readRules({})).toThrow();
  });

  it('adds months by the calendar: the last day when a month is shorter', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-10-31', 3)).toBe('2028-01-31');
    // Across the British clock change (last Sunday of March): still the same day.
    expect(addMonths('2027-01-28', 2)).toBe('2027-03-28');
  });
});

describe('which review What happens next is about', () => {
  const review = { date: '2027-01-15', nextDate: '2027-04-15' };

  it('stays on this review until it is over', () => {
    expect(shownReview(review, false, '2027-01-20')).toEqual({ date: '2027-01-15', isNext: false });
    // The report came, but its due day has not passed yet.
    expect(shownReview(review, true, '2027-01-29')).toEqual({ date: '2027-01-15', isNext: false });
  });

  it('moves on when the report has come and its due day has passed', () => {
    expect(shownReview(review, true, '2027-01-30')).toEqual({ date: '2027-04-15', isNext: true });
  });

  it('keeps the chase for a late report, until the next review is two weeks away', () => {
    expect(shownReview(review, false, '2027-03-31')).toEqual({ date: '2027-01-15', isNext: false });
    expect(shownReview(review, false, '2027-04-01')).toEqual({ date: '2027-04-15', isNext: true });
  });

  it('does not move on with no next date, or one that is not after this review', () => {
    expect(shownReview({ date: '2027-01-15', nextDate: '' }, true, '2027-06-01')).toEqual({
      date: '2027-01-15',
      isNext: false,
    });
    expect(shownReview({ date: '2027-01-15', nextDate: '2027-01-15' }, true, '2027-06-01')).toEqual(
      { date: '2027-01-15', isNext: false },
    );
    expect(shownReview({ date: '2027-01-15', nextDate: '2027-02-30' }, true, '2027-06-01')).toEqual(
      { date: '2027-01-15', isNext: false },
    );
    expect(shownReview({ date: '', nextDate: '' }, true, '2027-06-01')).toBeNull();
  });

  it('counts the actions not done as carried on (a status not set yet is open)', () => {
    expect(
      openActions([
        { data: { status: 'done' } },
        { data: { status: 'stuck' } },
        { data: { status: 'started' } },
        { data: {} },
      ]),
    ).toBe(3);
  });
});
