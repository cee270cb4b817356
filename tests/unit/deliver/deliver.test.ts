// The rules behind sending to a professional that need no screen: who can be chosen and at which
// address, when a link stops working, the words for when, and sorting a pack into its parts.
import { beforeAll, describe, expect, it } from 'vitest';
import { packOf } from '../../../src/features/deliver/PackContent';
import {
  emailIn,
  firstName,
  looksLikeEmail,
  recipientsOf,
} from '../../../src/features/deliver/recipients';
import { whenWords } from '../../../src/features/deliver/when';
import i18next from 'i18next';
import { initI18n, loadNamespaces } from '../../../src/i18n/i18n';
import { deliveryExpiry } from '../../../src/shared/deliveries';

describe('recipients', () => {
  it('finds an email address in what was typed about how to contact someone', () => {
    expect(emailIn('Phone 01234 567890 or jo.smith@nhs.net, Mondays')).toBe('jo.smith@nhs.net');
    expect(emailIn('Call the ward on 01234 567890.')).toBe('');
    expect(emailIn('(kim@example.org)')).toBe('kim@example.org');
  });

  it('offers the named commissioner and care co-ordinator only, commissioner first', () => {
    expect(
      recipientsOf({
        careCoordinatorName: 'Kim Lee',
        careCoordinatorContact: 'kim@example.org',
        commissionerName: '  Jo Smith ',
      }),
    ).toEqual([
      { role: 'commissioner', name: 'Jo Smith', email: '' },
      { role: 'careCoordinator', name: 'Kim Lee', email: 'kim@example.org' },
    ]);
    expect(recipientsOf({ commissionerContact: 'jo@example.org' })).toEqual([]);
    expect(recipientsOf(null)).toEqual([]);
  });

  it('checks an address looks like one, and shortens a name to the first', () => {
    expect(looksLikeEmail(' jo@example.org ')).toBe(true);
    expect(looksLikeEmail('jo at example')).toBe(false);
    expect(firstName('Jo Smith')).toBe('Jo');
  });
});

describe('when a link stops working', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('is 30 days after the review', () => {
    expect(deliveryExpiry('2026-11-30', now)).toBe('2026-12-31T00:00:00.000Z');
  });
  it('is never less than a week after sending, for feedback sent late', () => {
    expect(deliveryExpiry('2026-09-01', now)).toBe('2026-12-08T10:00:00.000Z');
  });
  it('is 30 days after sending when there is no review date', () => {
    expect(deliveryExpiry(null, now)).toBe('2026-12-31T10:00:00.000Z');
    expect(deliveryExpiry('next week', now)).toBe('2026-12-31T10:00:00.000Z');
  });
});

describe('when words', () => {
  beforeAll(async () => {
    initI18n('en');
    await loadNamespaces(['deliver']);
  });
  const now = new Date(2026, 11, 3, 15, 0); // Thursday 3 December 2026
  const t = i18next.t.bind(i18next);
  it('says today, yesterday, the weekday within a week, or the date', () => {
    expect(whenWords(t, new Date(2026, 11, 3, 9).toISOString(), now)).toBe('today');
    expect(whenWords(t, new Date(2026, 11, 2, 23).toISOString(), now)).toBe('yesterday');
    expect(whenWords(t, new Date(2026, 11, 1, 9).toISOString(), now)).toBe('on Tuesday');
    expect(whenWords(t, new Date(2026, 10, 20, 9).toISOString(), now)).toBe(
      'on Friday 20 November',
    );
  });
});

describe('the pack', () => {
  it('sorts records into About me, questions and answers by theme', () => {
    const pack = packOf([
      { id: 'participation:p', type: 'participation', data: { wayRoom: true } },
      { id: 'q1', type: 'question', data: { text: 'When can I go home?' } },
      { id: 'answer:p:safe', type: 'answer', data: { words: 'Safe' } },
    ]);
    expect(pack.participation).toEqual({ wayRoom: true });
    expect(pack.adjustment).toEqual({});
    expect(pack.questions).toEqual([{ text: 'When can I go home?' }]);
    expect(pack.answers).toEqual([{ theme: 'safe', data: { words: 'Safe' } }]);
  });
});
