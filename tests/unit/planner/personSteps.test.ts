import { describe, expect, it } from 'vitest';
import { attendeeFromRecord } from '../../../src/features/planner/attendees';
import { decide, NOT_ASKED } from '../../../src/features/planner/consent';
import { consentToFields } from '../../../src/features/planner/consentRecords';
import { isNewPersonId, stepDone } from '../../../src/features/planner/people/personSteps';
import { uuidv7 } from '../../../src/shared/ids';

const mum = attendeeFromRecord({ id: 'a1', data: { name: 'Mum', kind: 'family' } });
const yes = decide(
  NOT_ASKED,
  { type: 'answer', answer: 'yes' },
  { ageBand: '16plus', now: '2027-01-01T00:00:00Z' },
);
if (!yes.ok) throw new Error('no decision');

describe('the step buttons for one person', () => {
  it('tick "Agree" once the answer is given, from the consent record', () => {
    expect(stepDone('agree', { person: mum, consent: null, ageBand: '16plus' })).toBe(false);
    expect(
      stepDone('agree', { person: mum, consent: consentToFields(yes.next), ageBand: '16plus' }),
    ).toBe(true);
  });

  it('do not tick "Agree" when the answer no longer counts under the age rule', () => {
    // A yes given by the person themselves does not count for an under-16 (a parent decides).
    expect(
      stepDone('agree', { person: mum, consent: consentToFields(yes.next), ageBand: 'under16' }),
    ).toBe(false);
  });

  it('tick "Agree" for someone who needs no answer, once the kind says so', () => {
    const jo = attendeeFromRecord({ id: 'a2', data: { name: 'Jo', kind: 'advocate' } });
    const noKind = attendeeFromRecord({ id: 'a3', data: { name: 'Kim' } });
    expect(stepDone('agree', { person: jo, consent: null, ageBand: '16plus' })).toBe(true);
    expect(stepDone('agree', { person: noKind, consent: null, ageBand: '16plus' })).toBe(false);
  });

  it('a new person has an id "Add a person" makes; an address made up is not one', () => {
    expect(isNewPersonId(uuidv7())).toBe(true);
    expect(isNewPersonId('example')).toBe(false);
  });
});
