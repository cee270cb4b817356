import { describe, expect, it } from 'vitest';
import {
  attendeeFromRecord,
  hasDetails,
  INVITE_KINDS,
  isInvitee,
  needsConsent,
  takingPart,
} from '../../../src/features/planner/attendees';
import { decide, NOT_ASKED, type Consent } from '../../../src/features/planner/consent';

const NOW = '2027-03-01T10:00:00.000Z';
function answered(answer: 'yes' | 'no', ageBand: 'under16' | '16plus', parentName?: string) {
  const d = decide(NOT_ASKED, { type: 'answer', answer, parentName }, { ageBand, now: NOW });
  if (!d.ok) throw new Error('no decision');
  return d.next;
}

describe('who the person invites', () => {
  it('never includes the panel, who are not the person’s to invite', () => {
    expect(INVITE_KINDS).not.toContain('chair');
    expect(INVITE_KINDS).not.toContain('clinicalExpert');
    expect(INVITE_KINDS).not.toContain('expertByExperience');
    expect(INVITE_KINDS).toContain('family');
    expect(isInvitee({ kind: 'chair' })).toBe(false);
    expect(isInvitee({ kind: 'advocate' })).toBe(true);
    expect(isInvitee({ kind: null })).toBe(true);
  });

  it('reads a record defensively', () => {
    expect(
      attendeeFromRecord({
        id: 'x',
        data: { name: 'Jo', kind: 'wizard', joining: 'video', photo: '' },
      }),
    ).toEqual({
      id: 'x',
      name: 'Jo',
      relation: '',
      kind: null,
      joining: 'video',
      needs: '',
      photo: null,
      onlyMe: false,
      forPanel: false,
    });
  });
});

describe('a person added with nothing entered', () => {
  it('is not someone the person invited until a name or a detail is entered', () => {
    expect(hasDetails(attendeeFromRecord({ id: 'a', data: { name: '', photo: null } }))).toBe(
      false,
    );
    expect(hasDetails(attendeeFromRecord({ id: 'a', data: { name: '  ' } }))).toBe(false);
    expect(hasDetails(attendeeFromRecord({ id: 'a', data: { name: 'Jo' } }))).toBe(true);
    expect(hasDetails(attendeeFromRecord({ id: 'a', data: { kind: 'friend' } }))).toBe(true);
  });

  it('with no kind yet, is not said to be invited: the kind is asked first', () => {
    expect(takingPart(null, NOT_ASKED, '16plus')).toBe('kindFirst');
  });
});

describe('whether someone takes part', () => {
  it('family members need consent; others the person invited do not', () => {
    expect(needsConsent('family')).toBe(true);
    for (const kind of ['friend', 'advocate', 'supportWorker', 'teacher', 'other'] as const) {
      expect(needsConsent(kind)).toBe(false);
      expect(takingPart(kind, NOT_ASKED, '16plus')).toBe('invited');
    }
  });

  it('16 or older: a family member waits for the person’s own yes', () => {
    expect(takingPart('family', NOT_ASKED, '16plus')).toBe('waiting');
    expect(takingPart('family', answered('yes', '16plus'), '16plus')).toBe('agreed');
    expect(takingPart('family', answered('no', '16plus'), '16plus')).toBe('notAgreed');
  });

  it('16 or older: a parent’s answer is not enough', () => {
    expect(takingPart('family', answered('yes', 'under16', 'Mum'), '16plus')).toBe('waiting');
  });

  it('under 16: the parent or carer’s answer decides', () => {
    expect(takingPart('family', answered('yes', 'under16', 'Mum'), 'under16')).toBe('agreed');
    expect(takingPart('family', answered('no', 'under16', 'Mum'), 'under16')).toBe('notAgreed');
  });

  it('after changing my mind, they do not take part', () => {
    const yes = answered('yes', '16plus');
    const d = decide(yes, { type: 'answer', answer: 'no' }, { ageBand: '16plus', now: NOW });
    const withdrawn: Consent = d.ok ? d.next : yes;
    expect(withdrawn.state).toBe('withdrawn');
    expect(takingPart('family', withdrawn, '16plus')).toBe('notAgreed');
  });
});
