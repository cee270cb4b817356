import { describe, expect, it } from 'vitest';
import { decide, NOT_ASKED } from '../../../src/features/planner/consent';
import { consentToFields } from '../../../src/features/planner/consentRecords';
import { sectionProgress, type ProgressInput } from '../../../src/features/planner/progress';

const empty = (): ProgressInput => ({
  data: { review: {}, participation: {}, adjustment: {}, school: {} },
  attendees: [],
  consents: [],
  answers: [],
  questions: [],
});

describe('progress per section', () => {
  it('starts with every part not started, and no school part for an adult review', () => {
    const p = sectionProgress(empty());
    expect(Object.keys(p)).toEqual([
      'review',
      'consent',
      'people',
      'takingPart',
      'say',
      'questions',
      'needs',
    ]);
    for (const v of Object.values(p)) expect(v.state).toBe('notStarted');
  });

  it('shows the school part for a Care, Education and Treatment Review or under 16', () => {
    expect(
      sectionProgress({ ...empty(), data: { ...empty().data, review: { kind: 'cetr' } } }).school,
    ).toBeDefined();
    expect(
      sectionProgress({ ...empty(), data: { ...empty().data, review: { ageBand: 'under16' } } })
        .school,
    ).toBeDefined();
  });

  it('counts the steps with an answer, leaving out steps that do not apply', () => {
    const input = empty();
    input.data.review = { date: '2027-03-10', format: 'video' }; // no place step for a video review
    const review = sectionProgress(input).review!;
    expect(review).toEqual({ done: 2, total: 7, state: 'started' });
  });

  it('an answer counts in the one section that asks for it', () => {
    const input = empty();
    input.data.participation = { bestTime: 'morning' };
    input.data.adjustment = { quietRoom: true };
    const p = sectionProgress(input);
    expect(p.takingPart!.done).toBe(0);
    expect(p.needs!.done).toBe(2);
  });

  it('a person with nothing entered is not counted as someone invited', () => {
    const input = empty();
    input.attendees = [{ id: 'a1', data: { name: '', photo: null } }];
    expect(sectionProgress(input).people).toEqual({ done: 0, total: 1, state: 'notStarted' });
  });

  it('consent counts the review, sharing and each family member invited', () => {
    const input = empty();
    input.data.review = { ageBand: '16plus' };
    input.attendees = [
      { id: 'a1', data: { name: 'Mum', kind: 'family', joining: 'room' } },
      { id: 'a2', data: { name: 'Jo', kind: 'advocate', joining: 'room' } },
      { id: 'a3', data: { name: 'Chair', kind: 'chair' } },
    ];
    const yes = decide(
      NOT_ASKED,
      { type: 'answer', answer: 'yes' },
      { ageBand: '16plus', now: '2027-01-01T00:00:00Z' },
    );
    if (!yes.ok) throw new Error('no');
    input.consents = [{ id: 'consent:p:review', data: consentToFields(yes.next) }];
    const p = sectionProgress(input);
    expect(p.consent).toEqual({ done: 1, total: 3, state: 'started' });
    expect(p.people).toEqual({ done: 2, total: 2, state: 'finished' });
  });

  it('an answer card counts when answered in any way, or when the person chose not to answer', () => {
    const input = empty();
    input.answers = [
      { id: 'answer:p:safe', data: { scale: 'good' } },
      { id: 'answer:p:live', data: { declined: true } },
      { id: 'answer:p:day', data: { words: '' } },
    ];
    expect(sectionProgress(input).say).toEqual({ done: 2, total: 10, state: 'started' });
  });
});
