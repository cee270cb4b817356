// Rules about the people at the review, as pure functions. The person invites some of them
// ("Who I want to come"); the panel (chair, clinical expert, expert by experience) is added to the
// same list of attendee records by "Who's who" and is not the person's to invite or refuse.
import { ATTENDEE_KINDS, isPanelKind, type AttendeeKind } from '../../content/attendees';
import { attendeeModel } from '../../shared/models/attendee';
import type { Values } from '../../shared/models';
import type { Fields } from '../../shared/records';
import { consentAllows, effectiveState, type AgeBand, type Consent } from './consent';

/** The kinds of people the person can invite, in the order they are offered. */
export const INVITE_KINDS = ATTENDEE_KINDS.filter((k) => !isPanelKind(k));

/** A person at the review as the attendee model reads them (a kind not known here: null). */
export type Attendee = { id: string } & Values<typeof attendeeModel.fields>;

export function attendeeFromRecord(r: { id: string; data: Fields }): Attendee {
  return { id: r.id, ...attendeeModel.decode(r.data) };
}

/** Someone the person invited (a new record has no kind yet: it is still theirs). */
export function isInvitee(a: Pick<Attendee, 'kind'>): boolean {
  return !isPanelKind(a.kind);
}

/**
 * Whether anything was entered for this person. "Add a person" makes no record until something is
 * typed or chosen, and an empty record (made by an older version, or left by undo) is not shown:
 * nobody is listed as coming whom the person never named or described.
 */
export function hasDetails(a: Attendee): boolean {
  return !!(a.name.trim() || a.relation.trim() || a.kind || a.joining || a.needs.trim() || a.photo);
}

/** Family members take part only with consent (the person's own from 16; a parent's under 16). */
export function needsConsent(kind: AttendeeKind | null): boolean {
  return kind === 'family';
}

export type TakingPart =
  /** The kind of person is not chosen yet, so nobody knows if a consent answer is needed. */
  | 'kindFirst'
  /** The person wants them to come; no consent is needed. (The app invites nobody itself.) */
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
  if (!kind) return 'kindFirst';
  if (!needsConsent(kind)) return 'invited';
  if (consentAllows(consent, ageBand)) return 'agreed';
  return effectiveState(consent, ageBand) === 'notAsked' ? 'waiting' : 'notAgreed';
}
