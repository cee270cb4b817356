// What the person's data shows is done, for the ticks in "What happens next". Each fact is read
// from the records themselves, so a step is ticked only when it really happened.
import type { Fields } from '../../shared/records';
import { effectiveState } from '../planner/consent';
import { consentFromFields } from '../planner/consentRecords';
import { ageBandOf, consentsByKey, consentSubjects, invitees } from '../planner/progress';
import { latestVersion } from '../feedback/feedback';
import type { DoneFacts } from './timeline';

export interface DoneFactsInput {
  review: Fields;
  report: Fields;
  consents: { id: string; data: Fields }[];
  attendees: { id: string; data: Fields }[];
  feedbackVersions: { data: Fields }[];
}

export function doneFacts(input: DoneFactsInput): DoneFacts {
  const ageBand = ageBandOf(input.review);
  const consents = consentsByKey(input.consents);
  // Consent and invitations: the review, sharing, and every family member invited have the
  // answer that counts now (under the age rule).
  const consentAnswered = consentSubjects(invitees(input.attendees)).every(
    (k) => effectiveState(consents.get(k) ?? consentFromFields(null), ageBand) !== 'notAsked',
  );
  return {
    consentAnswered,
    feedbackFinished: latestVersion(input.feedbackVersions) !== null,
    reportReceived: input.report.received === true,
  };
}
