// Records with ids made from what they are about, not random ones: the answer to "feeling safe",
// the consent to the review. Two devices filling in the same card offline then edit the SAME
// record, so sync can merge their fields or show a conflict, instead of keeping two cards.
import type { RecordRef } from '../../data';
import type { RecordType } from '../../shared/records';

export function keyedRef(planId: string, type: RecordType, key: string): RecordRef {
  return { planId, type, id: `${type}:${planId}:${key}` };
}

export type ConsentKey = 'review' | 'share' | `person-${string}`;

export function consentKeyFor(attendeeId: string): ConsentKey {
  return `person-${attendeeId}`;
}

export function consentRef(planId: string, key: ConsentKey): RecordRef {
  return keyedRef(planId, 'consent', key);
}

/** The key a keyed record was made with: "safe" for answer:<plan>:safe. */
export function recordKey(id: string): string {
  return id.split(':').slice(2).join(':');
}
