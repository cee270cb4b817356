// The record models: one per record type, read forgivingly, checked strictly, and complete for
// what the screens write.
import { describe, expect, it } from 'vitest';
import { movedId, recordKey, singletonRef, keyedRef } from '../../../src/data/recordIds';
import { FEEDBACK_QUESTIONS } from '../../../src/features/feedback/feedback';
import { FIELD_SECTIONS } from '../../../src/features/planner/steps';
import { AREAS, MODELS, areaOf } from '../../../src/shared/models';
import { checkFields } from '../../../src/shared/models/check';
import { FEEDBACK_QUESTION_IDS } from '../../../src/shared/models/feedback';
import { RECORD_TYPES } from '../../../src/shared/records';

const SHA = 'a'.repeat(64);

describe('record models', () => {
  it('has one model per record type, each in one of the areas', () => {
    for (const type of RECORD_TYPES) {
      expect(MODELS[type].type).toBe(type);
      expect(AREAS).toContain(areaOf(type));
      for (const f of MODELS[type].retired) expect(MODELS[type].fields).not.toHaveProperty(f);
    }
    expect(areaOf('attendee')).toBe('whoIsComing');
    expect(areaOf('action')).toBe('actionsAndDiary');
    expect(areaOf('diary')).toBe('actionsAndDiary');
    // Sharing's "help with actions and the diary" covers the dated updates on actions too.
    expect(areaOf('actionUpdate')).toBe('actionsAndDiary');
    expect(areaOf('pictureChoice')).toBe('photosAndRecordings');
  });

  it('names every field the planner steps write, in the record the step writes it to', () => {
    for (const section of Object.values(FIELD_SECTIONS))
      for (const step of section.steps)
        for (const f of step.fields) {
          const names = f.kind === 'checks' ? f.options.map((o) => o.field) : [f.field];
          for (const name of names) expect(MODELS[f.record].fields, name).toHaveProperty(name);
        }
    expect([...FEEDBACK_QUESTION_IDS]).toEqual(FEEDBACK_QUESTIONS.map((q) => q.id));
  });

  it('reads records written by today’s version, and leaves out what it does not know', () => {
    // As the app wrote them before the models (copied from a tablet's IndexedDB, names invented).
    expect(
      MODELS.attendee.decode({
        name: ' Jo ',
        relation: 'my sister',
        kind: 'family',
        joining: 'video',
        needs: '',
        photo: SHA,
        oldField: 'kept on the record, not read',
      }),
    ).toEqual({
      name: ' Jo ',
      relation: 'my sister',
      kind: 'family',
      joining: 'video',
      needs: '',
      photo: SHA,
      // Every model reads the two sharing flags (src/shared/sharing.ts).
      onlyMe: false,
      forPanel: false,
    });
    expect(MODELS.attendee.decode({ kind: 'wizard', photo: '' })).toMatchObject({
      kind: null,
      photo: null,
      name: '',
    });
    expect(MODELS.timetable.decode({ text: 'Lunch', order: 20, done: true })).toEqual({
      text: 'Lunch',
      symbol: 'clock',
      time: '',
      order: 20,
      done: true,
      onlyMe: false,
      forPanel: false,
    });
    expect(
      MODELS.consentChange.decode({
        consentId: 'consent:p1:review',
        subject: 'review',
        attendeeId: null,
        attendeeName: null,
        change: 'yes',
        state: 'yes',
        decidedBy: 'person',
        at: '2030-05-01T10:00:00.000Z',
      }),
    ).toMatchObject({ consentId: 'consent:p1:review', change: 'yes', attendeeName: null });
    expect(MODELS.feedbackVersion.decode({ version: 2, 'listened.scale': 'good' })).toMatchObject({
      version: 2,
      'listened.scale': 'good',
      'listened.words': '',
    });
    // Words longer than a limit made later still read back: limits are for new writes.
    expect(MODELS.profile.decode({ name: 'S'.repeat(5000) }).name).toHaveLength(5000);
    expect(MODELS.review.decode(undefined)).toEqual(MODELS.review.defaults);
  });

  it('refuses words over the limit and values not allowed, and keeps unknown old fields', () => {
    expect(
      checkFields('answer', { words: 'x'.repeat(20_000), scale: 'good', voice: null }),
    ).toBeNull();
    expect(checkFields('answer', { words: 'x'.repeat(20_001) })).toEqual({
      field: 'words',
      problem: 'tooLong',
      max: 20_000,
    });
    expect(checkFields('profile', { name: 'S'.repeat(1001) })).toMatchObject({
      problem: 'tooLong',
      max: 1000,
    });
    expect(checkFields('attendee', { kind: 'wizard' })).toEqual({
      field: 'kind',
      problem: 'notAllowed',
    });
    expect(checkFields('attendee', { photo: 'not-a-hash' })).toMatchObject({
      problem: 'notAllowed',
    });
    expect(checkFields('timetable', { order: 'first' })).toMatchObject({ field: 'order' });
    expect(checkFields('profile', { pronouns: 'they' })).toBeNull();
    expect(checkFields('profile', { pronouns: 'x'.repeat(20_001) })).toMatchObject({
      problem: 'tooLong',
    });
  });
});

describe('ids made from a plan and a type', () => {
  it('are made in one place and follow their plan when it is merged', () => {
    expect(singletonRef('p1', 'profile')).toEqual({
      planId: 'p1',
      type: 'profile',
      id: 'profile:p1',
    });
    const safe = keyedRef('p1', 'answer', 'safe');
    expect(safe.id).toBe('answer:p1:safe');
    expect(recordKey(safe.id)).toBe('safe');
    expect(movedId('profile:p1', 'profile', 'p1', 'p2')).toBe('profile:p2');
    expect(movedId('answer:p1:safe', 'answer', 'p1', 'p2')).toBe('answer:p2:safe');
    // A key that happens to contain the plan id is not rewritten; random ids stay.
    expect(movedId('consent:p1:person-p1', 'consent', 'p1', 'p2')).toBe('consent:p2:person-p1');
    expect(movedId('0190f0e0-0000-7000-8000-000000000001', 'attendee', 'p1', 'p2')).toBe(
      '0190f0e0-0000-7000-8000-000000000001',
    );
  });
});
