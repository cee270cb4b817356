// Ids made from what a record is about instead of random ones: the profile of a plan
// (profile:<plan>), the answer to "feeling safe" (answer:<plan>:safe), the consent to the review
// (consent:<plan>:review). Two devices filling in the same card offline then edit the SAME record,
// so sync merges their fields or shows a conflict instead of keeping two cards. Made here only.
import type { RecordType } from '../shared/records';
import type { RecordRef } from './types';

/** The id of a record kept once per plan, or once per key within a plan. */
export function derivedId(planId: string, type: RecordType, key?: string): string {
  return key === undefined ? `${type}:${planId}` : `${type}:${planId}:${key}`;
}

/** A record kept once per plan (the person's profile, their review details). */
export function singletonRef(planId: string, type: RecordType): RecordRef {
  return { planId, type, id: derivedId(planId, type) };
}

/** A record kept once per key in a plan (an answer per card, a photo choice per symbol). */
export function keyedRef(planId: string, type: RecordType, key: string): RecordRef {
  return { planId, type, id: derivedId(planId, type, key) };
}

/** The key a keyed record was made with: "safe" for answer:<plan>:safe ('' for other ids). */
export function recordKey(id: string): string {
  return id.split(':').slice(2).join(':');
}

/**
 * The id a record gets when its plan is merged into another (sign-in on a second device): derived
 * ids follow the plan, random ones stay as they are.
 */
export function movedId(id: string, type: RecordType, fromPlan: string, toPlan: string): string {
  const from = derivedId(fromPlan, type);
  if (id === from) return derivedId(toPlan, type);
  if (id.startsWith(`${from}:`)) return derivedId(toPlan, type, id.slice(from.length + 1));
  return id;
}
