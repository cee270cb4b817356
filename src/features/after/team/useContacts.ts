// The care team for a plan, for any screen that needs "who": the actions' "who will do it", the
// crisis plan's "who to call", the chase letters. Read-only; the Care team screen changes them.
import { singletonRef, useRecord, useRecords } from '../../../data';
import { careTeam, type Contact } from './contacts';

/** undefined while loading; then everyone in the care team (possibly no one). */
export function useContacts(planId: string | undefined): Contact[] | undefined {
  const records = useRecords(planId, 'contact');
  const review = useRecord(planId ? singletonRef(planId, 'review').id : undefined);
  if (!planId) return [];
  if (records === undefined || review === undefined) return undefined;
  return careTeam(records, review);
}
