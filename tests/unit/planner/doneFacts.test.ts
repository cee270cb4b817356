import { describe, expect, it } from 'vitest';
import { doneFacts } from '../../../src/features/home/doneFacts';
import { decide, NOT_ASKED } from '../../../src/features/planner/consent';
import { consentToFields } from '../../../src/features/planner/consentRecords';

const yes = decide(
  NOT_ASKED,
  { type: 'answer', answer: 'yes' },
  { ageBand: '16plus', now: '2027-01-01T00:00:00Z' },
);
if (!yes.ok) throw new Error('no decision');
const answered = (key: string) => ({ id: `consent:p:${key}`, data: consentToFields(yes.next) });
const none = {
  review: { ageBand: '16plus' },
  report: {},
  consents: [],
  attendees: [],
  feedbackVersions: [],
};

describe('what the data shows is done, for What happens next', () => {
  it('nothing, for a new plan', () => {
    expect(doneFacts(none)).toEqual({
      consentAnswered: false,
      feedbackFinished: false,
      reportReceived: false,
    });
  });

  it('consent: the review, sharing and each family member have an answer', () => {
    const both = [answered('review'), answered('share')];
    expect(doneFacts({ ...none, consents: [answered('review')] }).consentAnswered).toBe(false);
    expect(doneFacts({ ...none, consents: both }).consentAnswered).toBe(true);
    const withMum = {
      ...none,
      consents: both,
      attendees: [{ id: 'm', data: { name: 'Mum', kind: 'family' } }],
    };
    expect(doneFacts(withMum).consentAnswered).toBe(false);
    expect(
      doneFacts({ ...withMum, consents: [...both, answered('person-m')] }).consentAnswered,
    ).toBe(true);
  });

  it('feedback: a version was finished (an older app kept it as "sent"); report: it came', () => {
    const old = { data: { version: 1, sentAt: '2027-03-12T10:00:00Z' } };
    expect(doneFacts({ ...none, feedbackVersions: [old] }).feedbackFinished).toBe(true);
    expect(doneFacts({ ...none, report: { received: true } }).reportReceived).toBe(true);
  });
});
