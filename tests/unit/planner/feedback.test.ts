import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_QUESTIONS,
  feedbackAnswer,
  dueState,
  feedbackStatus,
  finishRule,
  versionToFinish,
} from '../../../src/features/feedback/feedback';

const T1 = '2027-03-15T10:00:00.000Z';
const T2 = '2027-03-16T10:00:00.000Z';

describe('the feedback form', () => {
  it('asks the questions the issue lists, three of them open (no picture scale)', () => {
    expect(FEEDBACK_QUESTIONS.map((q) => q.id)).toEqual([
      'listened',
      'understood',
      'said',
      'people',
      'place',
      'breaks',
      'wentWell',
      'better',
      'other',
    ]);
    expect(FEEDBACK_QUESTIONS.filter((q) => !q.scale).map((q) => q.id)).toEqual([
      'wentWell',
      'better',
      'other',
    ]);
  });

  it('keeps each answer under its own question', () => {
    const fields = { 'listened.scale': 'good', 'said.words': 'Not everything' };
    expect(feedbackAnswer(fields, 'listened').scale).toBe('good');
    expect(feedbackAnswer(fields, 'said').words).toBe('Not everything');
    expect(feedbackAnswer(fields, 'place').scale).toBeNull();
  });

  it('is not started, then started over one or more sittings', () => {
    expect(feedbackStatus(null, []).state).toBe('notStarted');
    expect(feedbackStatus({ helperName: 'Priya' }, []).state).toBe('started');
    const s = feedbackStatus({ 'listened.scale': 'good', 'breaks.declined': true }, []);
    expect(s).toEqual({ state: 'started', answered: 2, finishedVersion: 0, finishedAt: null });
  });

  it('finishing makes version 1, and the form stays readable as finished', () => {
    const fields = { helperName: 'Priya', 'listened.scale': 'good' };
    const v1 = versionToFinish(fields, [], T1);
    expect(v1).toEqual({
      helperName: 'Priya',
      'listened.scale': 'good',
      version: 1,
      finishedAt: T1,
    });
    expect(feedbackStatus(fields, [{ data: v1 }])).toMatchObject({
      state: 'finished',
      finishedVersion: 1,
      finishedAt: T1,
    });
  });

  it('reads a version an older app kept as "sent" as a finished version, with its date', () => {
    const old = { helperName: 'Priya', 'listened.scale': 'good', version: 1, sentAt: T1 };
    const fields = { helperName: 'Priya', 'listened.scale': 'good' };
    expect(feedbackStatus(fields, [{ data: old }])).toEqual({
      state: 'finished',
      answered: 1,
      finishedVersion: 1,
      finishedAt: T1,
    });
    expect(versionToFinish(fields, [{ data: old }], T2)).toMatchObject({ version: 2 });
  });

  it('cannot be finished before the review, or with no review date, and says which', () => {
    const started = feedbackStatus({ 'listened.scale': 'good' }, []);
    expect(finishRule(started, null, '2027-03-01')).toBe('noDate');
    expect(finishRule(started, '2027-03-10', '2027-03-09')).toBe('beforeReview');
    expect(finishRule(started, '2027-03-10', '2027-03-10')).toBe('ok');
    expect(finishRule(feedbackStatus(null, []), '2027-03-10', '2027-03-12')).toBe('nothingYet');
  });

  it('says when the date for feedback has passed, and stops once it is finished', () => {
    const started = feedbackStatus({ 'listened.scale': 'good' }, []);
    const [review, due] = ['2027-03-10', '2027-03-17'];
    expect(dueState(started, review, due, '2027-03-01')).toBe('beforeReview');
    expect(dueState(started, review, due, '2027-03-17')).toBe('due');
    expect(dueState(started, review, due, '2027-03-30')).toBe('passed');
    const v1 = versionToFinish({ 'listened.scale': 'good' }, [], T1);
    const finished = feedbackStatus({ 'listened.scale': 'good' }, [{ data: v1 }]);
    expect(dueState(finished, review, due, '2027-03-30')).toBe('finished');
  });

  it('a change after finishing can be a new version, and the finished one is kept', () => {
    const fields = { helperName: 'Priya', 'listened.scale': 'good' };
    const v1 = versionToFinish(fields, [], T1);
    const changed = { ...fields, 'listened.scale': 'notSure' };
    expect(feedbackStatus(changed, [{ data: v1 }]).state).toBe('changedSinceFinished');
    const v2 = versionToFinish(changed, [{ data: v1 }], T2);
    expect(v2).toMatchObject({ version: 2, finishedAt: T2, 'listened.scale': 'notSure' });
    expect(v1['listened.scale']).toBe('good');
    expect(feedbackStatus(changed, [{ data: v1 }, { data: v2 }]).state).toBe('finished');
  });

  it('an emptied answer is the same as one never given', () => {
    const v1 = versionToFinish({ 'listened.scale': 'good' }, [], T1);
    expect(
      feedbackStatus({ 'listened.scale': 'good', 'said.words': '', 'said.declined': false }, [
        { data: v1 },
      ]).state,
    ).toBe('finished');
  });
});
