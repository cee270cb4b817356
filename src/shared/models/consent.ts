// The current answer for one thing that needs consent: the review, sharing the planner, or one
// family member taking part. Its id is made from what it is about (consent:<plan>:<key>), so two
// devices answering offline edit one record. The draft* fields hold a best-interests decision or
// a parent's name while it is being written, before it becomes the answer.
import { choice, instant, longText, recordId, text } from './fields';
import { defineModel } from './model';

export const CONSENT_STATES = ['notAsked', 'yes', 'no', 'withdrawn', 'bestInterests'] as const;
export const CONSENT_SUBJECTS = ['review', 'share', 'attendee'] as const;
export const DECIDERS = ['person', 'parent', 'bestInterests'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const YES_NO_NOT_SURE = ['yes', 'no', 'notSure'] as const;

export type ConsentKey = 'review' | 'share' | `person-${string}`;

/** The key of the consent for one person taking part. */
export function consentKeyFor(attendeeId: string): ConsentKey {
  return `person-${attendeeId}`;
}

/** The answer itself: also copied whole into every history entry (consentChange). */
export const consentAnswerFields = {
  state: choice(CONSENT_STATES),
  decidedBy: choice(DECIDERS),
  parentName: text(),
  biWho: text(),
  biHow: longText(),
  biWhen: text(),
  biAdvocate: choice(YES_NO_NOT_SURE),
  biOutcome: choice(YES_NO),
  view: choice(YES_NO_NOT_SURE),
  viewWords: longText(),
  changedAt: instant(),
};

export const consentModel = defineModel({
  type: 'consent',
  area: 'consent',
  fields: {
    subject: choice(CONSENT_SUBJECTS),
    attendeeId: recordId(),
    ...consentAnswerFields,
    draftParentName: text(),
    draftWho: text(),
    draftHow: longText(),
    draftWhen: text(),
    draftAdvocate: choice(YES_NO_NOT_SURE),
    draftOutcome: choice(YES_NO),
  },
});
