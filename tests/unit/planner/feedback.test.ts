import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_QUESTIONS,
  feedbackAnswer,
  feedbackStatus,
  versionToSend,
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
    expect(s).toEqual({ state: 'started', answered: 2, sentVersion: 0, sentAt: null });
  });

  it('sending makes version 1, and the form stays readable as sent', () => {
    const fields = { helperName: 'Priya', 'listened.scale': 'good' };
    const v1 = versionToSend(fields, [], T1);
    expect(v1).toEqual({ helperName: 'Priya', 'listened.scale': 'good', version: 1, sentAt: T1 });
    expect(feedbackStatus(fields, [{ data: v1 }])).toMatchObject({
      state: 'sent',
      sentVersion: 1,
      sentAt: T1,
    });
  });

  it('a change after sending is a new version, and the sent one is kept', () => {
    const fields = { helperName: 'Priya', 'listened.scale': 'good' };
    const v1 = versionToSend(fields, [], T1);
    const changed = { ...fields, 'listened.scale': 'notSure' };
    expect(feedbackStatus(changed, [{ data: v1 }]).state).toBe('changedSinceSent');
    const v2 = versionToSend(changed, [{ data: v1 }], T2);
    expect(v2).toMatchObject({ version: 2, sentAt: T2, 'listened.scale': 'notSure' });
    expect(v1['listened.scale']).toBe('good');
    expect(feedbackStatus(changed, [{ data: v1 }, { data: v2 }]).state).toBe('sent');
  });

  it('an emptied answer is the same as one never given', () => {
    const v1 = versionToSend({ 'listened.scale': 'good' }, [], T1);
    expect(
      feedbackStatus({ 'listened.scale': 'good', 'said.words': '', 'said.declined': false }, [
        { data: v1 },
      ]).state,
    ).toBe('sent');
  });
});
