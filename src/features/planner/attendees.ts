// Rules about the people at the review, as pure functions. The person invites some of them
// ("Who I want to come"); the panel (chair, clinical expert, expert by experience) is added to the
// same list of attendee records by "Who's who" and is not the person's to invite or refuse.
import {
  ATTENDEE_KINDS,
  isPanelKind,
  JOINING,
  type AttendeeKind,
  type Joining,
} from '../../content/attendees';
import type { Fields } from '../../shared/records';
import { consentAllows, effectiveState, type AgeBand, type Consent } from './consent';

/** The kinds of people the person can invite, in the order they are offered. */
export const INVITE_KINDS = ATTENDEE_KINDS.filter((k) => !isPanelKind(k));

export interface Attendee {
  id: string;
  name: string;
  relation: string;
  kind: AttendeeKind | null;
  joining: Joining | null;
  needs: string;
  photo: string | null;
}

export function attendeeFromRecord(r: { id: string; data: Fields }): Attendee {
  const d = r.data;
  return {
    id: r.id,
    name: typeof d.name === 'string' ? d.name : '',
    relation: typeof d.relation === 'string' ? d.relation : '',
    kind: ATTENDEE_KINDS.includes(d.kind as AttendeeKind) ? (d.kind as AttendeeKind) : null,
    joining: JOINING.includes(d.joining as Joining) ? (d.joining as Joining) : null,
    needs: typeof d.needs === 'string' ? d.needs : '',
    photo: typeof d.photo === 'string' && d.photo ? d.photo : null,
  };
}

/** Someone the person invited (a new record has no kind yet: it is still theirs). */
export function isInvitee(a: Pick<Attendee, 'kind'>): boolean {
  return !isPanelKind(a.kind);
}

/** Family members take part only with consent (the person's own from 16; a parent's under 16). */
export function needsConsent(kind: AttendeeKind | null): boolean {
  return kind === 'family';
}

export type TakingPart =
  /** Invited by the person; no consent is needed. */
  | 'invited'
  /** Consent is given (or a best-interests decision said yes). */
  | 'agreed'
  /** Consent has not been asked yet (or must be asked again under the age rule). */
  | 'waiting'
  /** Consent was refused or withdrawn: they do not take part. */
  | 'notAgreed';

export function takingPart(
  kind: AttendeeKind | null,
  consent: Consent,
  ageBand: AgeBand | null,
): TakingPart {
  if (!needsConsent(kind)) return 'invited';
  if (consentAllows(consent, ageBand)) return 'agreed';
  return effectiveState(consent, ageBand) === 'notAsked' ? 'waiting' : 'notAgreed';
}
