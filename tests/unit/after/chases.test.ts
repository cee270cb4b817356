// The chase log: each time the person asked for a late report, kept only with when, who and how.
import { describe, expect, it } from 'vitest';
import { chaseProblems, reportIsLate, sortChases } from '../../../src/features/after/report/chases';
import { checkFields } from '../../../src/shared/models/check';
import { MODELS } from '../../../src/shared/models';
import { rec } from './fixtures';

describe('the times I asked for my report', () => {
  it('are listed newest first, by the day I say I asked', () => {
    const list = sortChases([
      rec('chase', 'a', { on: '2026-11-20', who: 'Dee', how: 'phone' }),
      rec('chase', 'b', { on: '2026-11-27', who: 'Sam', how: 'email', note: 'Next week.' }),
      rec('chase', 'c', { on: '2026-11-20', who: 'Dee', how: 'letter' }),
    ]);
    expect(list.map((c) => [c.id, c.on, c.who, c.how])).toEqual([
      ['b', '2026-11-27', 'Sam', 'email'],
      ['c', '2026-11-20', 'Dee', 'letter'],
      ['a', '2026-11-20', 'Dee', 'phone'],
    ]);
    expect(list[0]!.note).toBe('Next week.');
    expect(sortChases(undefined)).toEqual([]);
  });

  it('are kept only with a day (not after today), who and how', () => {
    const today = '2026-11-30';
    expect(chaseProblems({ on: '2026-11-30', who: 'Dee', how: 'inPerson' }, today)).toEqual([]);
    expect(chaseProblems({ on: '', who: ' ', how: null }, today)).toEqual([
      'noDate',
      'noWho',
      'noHow',
    ]);
    expect(chaseProblems({ on: '2026-12-01', who: 'Dee', how: 'phone' }, today)).toEqual([
      'futureDate',
    ]);
    expect(chaseProblems({ on: '30/11/2026', who: 'Dee', how: 'phone' }, today)).toEqual([
      'noDate',
    ]);
  });

  it('has a model that knows the four ways of asking', () => {
    expect(checkFields('chase', { on: '2026-11-30', who: 'Dee', how: 'phone' })).toBeNull();
    expect(checkFields('chase', { how: 'pigeon' })).not.toBeNull();
    expect(MODELS.chase.decode({ how: 'pigeon', who: 'Dee' })).toMatchObject({
      how: null,
      who: 'Dee',
      on: '',
    });
  });
});

describe('when the report is late', () => {
  it('is from the day after its two weeks, until the person says it came', () => {
    expect(reportIsLate('2026-11-01', '2026-11-15', false)).toBe(false); // day 14: due today
    expect(reportIsLate('2026-11-01', '2026-11-16', false)).toBe(true); // day 15: chase it
    expect(reportIsLate('2026-11-01', '2026-12-30', true)).toBe(false);
    expect(reportIsLate('', '2026-11-16', false)).toBe(false);
    expect(reportIsLate('next month', '2026-11-16', false)).toBe(false);
  });

  it('the report keeps the person’s words and “do I agree?” as pictures', () => {
    expect(MODELS.report.decode({ received: true, agree: 'notSure', saysAboutMe: 'x' })).toEqual(
      expect.objectContaining({
        received: true,
        agree: 'notSure',
        saysAboutMe: 'x',
        agreeWords: '',
      }),
    );
    expect(checkFields('report', { agree: 'maybe' })).not.toBeNull();
  });
});
