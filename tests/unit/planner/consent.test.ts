import { describe, expect, it } from 'vitest';
import {
  consentAllows,
  decide,
  effectiveState,
  NOT_ASKED,
  type BestInterests,
  type Consent,
  type ConsentAction,
  type ConsentContext,
  type Decision,
} from '../../../src/features/planner/consent';
import {
  consentFromFields,
  consentToFields,
  historyFields,
  readHistory,
} from '../../../src/features/planner/consentRecords';

const ADULT: ConsentContext = { ageBand: '16plus', now: '2027-03-01T10:00:00.000Z' };
const CHILD: ConsentContext = { ageBand: 'under16', now: '2027-03-01T10:00:00.000Z' };
const LATER = '2027-03-02T09:00:00.000Z';

function ok(d: Decision) {
  if (!d.ok) throw new Error(`expected a decision, got problems ${d.problems.join(', ')}`);
  return d;
}
function after(c: Consent, action: ConsentAction, ctx = ADULT): Consent {
  return ok(decide(c, action, ctx)).next;
}

const BI: BestInterests = {
  who: 'Dr Amal Shah, psychiatrist',
  how: 'A meeting with my care team and my sister',
  when: '2027-02-27',
  advocate: 'yes',
  outcome: 'yes',
};

describe('16 or older: the person answers for themselves', () => {
  it('not asked yet → yes', () => {
    const d = ok(decide(NOT_ASKED, { type: 'answer', answer: 'yes' }, ADULT));
    expect(d.change).toBe('yes');
    expect(d.next).toMatchObject({ state: 'yes', decidedBy: 'person', changedAt: ADULT.now });
    expect(consentAllows(d.next, '16plus')).toBe(true);
  });

  it('not asked yet → no', () => {
    const d = ok(decide(NOT_ASKED, { type: 'answer', answer: 'no' }, ADULT));
    expect(d.change).toBe('no');
    expect(d.next.state).toBe('no');
    expect(consentAllows(d.next, '16plus')).toBe(false);
  });

  it('yes → no is changing my mind (withdrawn)', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' });
    const d = ok(decide(yes, { type: 'answer', answer: 'no' }, { ...ADULT, now: LATER }));
    expect(d.change).toBe('withdrawn');
    expect(d.next).toMatchObject({ state: 'withdrawn', changedAt: LATER });
    expect(consentAllows(d.next, '16plus')).toBe(false);
  });

  it('withdrawn → yes again', () => {
    const withdrawn = after(after(NOT_ASKED, { type: 'answer', answer: 'yes' }), {
      type: 'answer',
      answer: 'no',
    });
    const d = ok(decide(withdrawn, { type: 'answer', answer: 'yes' }, ADULT));
    expect(d.change).toBe('yes');
    expect(consentAllows(d.next, '16plus')).toBe(true);
  });

  it('no → yes', () => {
    const no = after(NOT_ASKED, { type: 'answer', answer: 'no' });
    expect(ok(decide(no, { type: 'answer', answer: 'yes' }, ADULT)).next.state).toBe('yes');
  });

  it('the same answer again changes nothing and adds nothing to the history', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' });
    expect(decide(yes, { type: 'answer', answer: 'yes' }, ADULT)).toEqual({
      ok: true,
      next: yes,
      change: null,
    });
    const no = after(NOT_ASKED, { type: 'answer', answer: 'no' });
    expect(ok(decide(no, { type: 'answer', answer: 'no' }, ADULT)).change).toBeNull();
    const withdrawn = after(yes, { type: 'answer', answer: 'no' });
    expect(ok(decide(withdrawn, { type: 'answer', answer: 'no' }, ADULT)).change).toBeNull();
  });

  it('cannot be answered before we know if the person is under 16 or not', () => {
    expect(
      decide(NOT_ASKED, { type: 'answer', answer: 'yes' }, { ...ADULT, ageBand: null }),
    ).toEqual({ ok: false, problems: ['ageBandNeeded'] });
  });

  it('a young person’s view is only asked for under 16', () => {
    expect(decide(NOT_ASKED, { type: 'view', view: 'yes' }, ADULT)).toEqual({
      ok: false,
      problems: ['viewOnlyUnder16'],
    });
  });
});

describe('decided in my best interests (16 or older, when I cannot decide)', () => {
  it('not asked yet → best interests, with who, how, when and the advocate kept', () => {
    const d = ok(decide(NOT_ASKED, { type: 'bestInterests', decision: BI }, ADULT));
    expect(d.change).toBe('bestInterests');
    expect(d.next).toMatchObject({ state: 'bestInterests', decidedBy: 'bestInterests' });
    expect(d.next.bestInterests).toEqual(BI);
    expect(consentAllows(d.next, '16plus')).toBe(true);
  });

  it('a best-interests decision that the review should not go ahead does not allow it', () => {
    const d = ok(
      decide(NOT_ASKED, { type: 'bestInterests', decision: { ...BI, outcome: 'no' } }, ADULT),
    );
    expect(consentAllows(d.next, '16plus')).toBe(false);
  });

  it('says plainly what is missing, and never saves half a decision', () => {
    const d = decide(
      NOT_ASKED,
      {
        type: 'bestInterests',
        decision: { who: ' ', how: '', when: '2027-02-30', advocate: undefined!, outcome: 'yes' },
      },
      ADULT,
    );
    expect(d).toEqual({
      ok: false,
      problems: ['whoNeeded', 'howNeeded', 'whenNeeded', 'advocateNeeded'],
    });
  });

  it('cannot be dated in the future', () => {
    const d = decide(
      NOT_ASKED,
      { type: 'bestInterests', decision: { ...BI, when: '2027-03-02' } },
      ADULT,
    );
    expect(d).toEqual({ ok: false, problems: ['whenInFuture'] });
  });

  it('is not how decisions are made under 16 (the parent or carer decides)', () => {
    expect(decide(NOT_ASKED, { type: 'bestInterests', decision: BI }, CHILD)).toEqual({
      ok: false,
      problems: ['bestInterestsOnlyFrom16'],
    });
  });

  it('best interests (yes) → the person later says no themselves: changed my mind', () => {
    const bi = after(NOT_ASKED, { type: 'bestInterests', decision: BI });
    const d = ok(decide(bi, { type: 'answer', answer: 'no' }, ADULT));
    expect(d.change).toBe('withdrawn');
    expect(d.next).toMatchObject({ state: 'withdrawn', decidedBy: 'person', bestInterests: null });
  });

  it('best interests (no) → the person says yes themselves', () => {
    const bi = after(NOT_ASKED, { type: 'bestInterests', decision: { ...BI, outcome: 'no' } });
    const d = ok(decide(bi, { type: 'answer', answer: 'yes' }, ADULT));
    expect(d.next).toMatchObject({ state: 'yes', decidedBy: 'person' });
  });

  it('yes → a best-interests decision replaces it (capacity can change)', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' });
    const d = ok(
      decide(yes, { type: 'bestInterests', decision: { ...BI, advocate: 'no' } }, ADULT),
    );
    expect(d.next.bestInterests?.advocate).toBe('no');
  });
});

describe('under 16: the parent or carer decides, and the young person’s view is recorded', () => {
  it('the parent or carer must be named', () => {
    expect(decide(NOT_ASKED, { type: 'answer', answer: 'yes' }, CHILD)).toEqual({
      ok: false,
      problems: ['parentNameNeeded'],
    });
  });

  it('not asked yet → the parent says yes', () => {
    const d = ok(decide(NOT_ASKED, { type: 'answer', answer: 'yes', parentName: 'Mum' }, CHILD));
    expect(d.next).toMatchObject({ state: 'yes', decidedBy: 'parent', parentName: 'Mum' });
    expect(consentAllows(d.next, 'under16')).toBe(true);
  });

  it('the parent says yes, then changes their mind', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes', parentName: 'Mum' }, CHILD);
    const d = ok(decide(yes, { type: 'answer', answer: 'no' }, CHILD));
    expect(d.change).toBe('withdrawn');
    expect(d.next.parentName).toBe('Mum');
  });

  it('the young person’s own view is kept beside the parent’s answer, and does not change it', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes', parentName: 'Dad' }, CHILD);
    const d = ok(
      decide(
        yes,
        { type: 'view', view: 'notSure', words: ' I want to come for the morning. ' },
        CHILD,
      ),
    );
    expect(d.change).toBe('view');
    expect(d.next).toMatchObject({
      state: 'yes',
      decidedBy: 'parent',
      view: 'notSure',
      viewWords: 'I want to come for the morning.',
    });
  });

  it('the view can be recorded before the parent has answered', () => {
    const d = ok(decide(NOT_ASKED, { type: 'view', view: 'no' }, CHILD));
    expect(d.next).toMatchObject({ state: 'notAsked', view: 'no' });
  });

  it('a parent’s answer stops counting at 16: the person is asked themselves', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes', parentName: 'Mum' }, CHILD);
    expect(effectiveState(yes, '16plus')).toBe('notAsked');
    expect(consentAllows(yes, '16plus')).toBe(false);
    const own = ok(decide(yes, { type: 'answer', answer: 'yes' }, ADULT));
    expect(own.change).toBe('yes');
    expect(own.next).toMatchObject({ decidedBy: 'person', parentName: '' });
  });

  it('an answer recorded as 16 or older does not count if the person is under 16', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' }, ADULT);
    expect(effectiveState(yes, 'under16')).toBe('notAsked');
  });
});

describe('undo and the history', () => {
  it('going back to an earlier answer is a change of its own', () => {
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' });
    const withdrawn = after(yes, { type: 'answer', answer: 'no' });
    const d = ok(decide(withdrawn, { type: 'restore', to: yes }, { ...ADULT, now: LATER }));
    expect(d.change).toBe('restored');
    expect(d.next).toMatchObject({ state: 'yes', changedAt: LATER });
  });

  it('a consent is stored as flat fields and read back the same', () => {
    const c = after(NOT_ASKED, { type: 'bestInterests', decision: BI });
    const fields = consentToFields(c);
    for (const v of Object.values(fields)) expect(['string', 'object']).toContain(typeof v);
    expect(consentFromFields(fields)).toEqual(c);
    expect(consentFromFields(undefined)).toEqual(NOT_ASKED);
    expect(consentFromFields({ state: 'maybe', decidedBy: 'cat' })).toEqual(NOT_ASKED);
  });

  it('every change is kept, newest first, with the name as it was then', () => {
    const info = {
      subject: 'attendee' as const,
      consentId: 'consent:p:person-1',
      attendeeId: '1',
      attendeeName: 'Aunt Jo',
    };
    const yes = after(NOT_ASKED, { type: 'answer', answer: 'yes' });
    const withdrawn = after(yes, { type: 'answer', answer: 'no' }, { ...ADULT, now: LATER });
    const records = [
      { id: 'b', data: historyFields({ ...info, attendeeName: 'Jo' }, withdrawn, 'withdrawn') },
      { id: 'a', data: historyFields(info, yes, 'yes') },
      { id: 'c', data: { change: 'nonsense', at: LATER } },
    ];
    const history = readHistory(records);
    expect(history.map((h) => [h.change, h.attendeeName, h.at])).toEqual([
      ['withdrawn', 'Jo', LATER],
      ['yes', 'Aunt Jo', ADULT.now],
    ]);
    expect(history[0]!.consent.state).toBe('withdrawn');
  });
});
