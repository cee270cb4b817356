// One entry in the consent history the person can read: what changed and the whole answer as it
// was after the change. Written once with the change, in the same transaction; never edited.
import { choice, instant, optionalText, recordId } from './fields';
import { defineModel } from './model';
import { CONSENT_SUBJECTS, consentAnswerFields } from './consent';

export const CONSENT_CHANGES = [
  'yes',
  'no',
  'withdrawn',
  'bestInterests',
  'view',
  'restored',
] as const;

export const consentChangeModel = defineModel({
  type: 'consentChange',
  area: 'consent',
  fields: {
    consentId: recordId(),
    subject: choice(CONSENT_SUBJECTS),
    attendeeId: recordId(),
    /** The person's name when the change was made, so the history stays true. */
    attendeeName: optionalText(),
    change: choice(CONSENT_CHANGES),
    ...consentAnswerFields,
    at: instant(),
  },
});
