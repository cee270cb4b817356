// The steps for one person the person invites, and which of them are done. A tick on a step
// button comes only from the saved data (the person's record and their consent record).
import type { SymbolId } from '../../../content/symbols';
import { isUuid } from '../../../shared/ids';
import type { Fields } from '../../../shared/records';
import { needsConsent, type Attendee } from '../attendees';
import { effectiveState, type AgeBand } from '../consent';
import { consentFromFields } from '../consentRecords';

export const STEPS = ['name', 'kind', 'joining', 'agree', 'needs', 'photo'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_SYMBOL: Record<Step, SymbolId> = {
  name: 'person',
  kind: 'people',
  joining: 'video',
  agree: 'handshake',
  needs: 'idea',
  photo: 'photo',
};

/** An id "Add a person" could have made (a UUID), for a person with no record yet. */
export function isNewPersonId(id: string): boolean {
  return isUuid(id);
}

export interface PersonFacts {
  person: Attendee;
  /** The fields of the consent record for this person (null: never answered). */
  consent: Fields | null;
  ageBand: AgeBand | null;
}

export function stepDone(step: Step, { person: p, consent, ageBand }: PersonFacts): boolean {
  if (step === 'name') return !!p.name.trim();
  if (step === 'kind') return !!p.kind;
  if (step === 'joining') return !!p.joining;
  if (step === 'needs') return !!p.needs.trim();
  if (step === 'photo') return !!p.photo;
  // "Agree" is done when the answer that counts now is given, or when none is needed (someone who
  // is not family). Before the kind is chosen, nobody knows if an answer is needed.
  if (!p.kind) return false;
  if (!needsConsent(p.kind)) return true;
  return effectiveState(consentFromFields(consent), ageBand) !== 'notAsked';
}
