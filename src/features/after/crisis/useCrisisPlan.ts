import { singletonRef, useRecord, useRecords } from '../../../data';
import { crisisPlanModel } from '../../../shared/models/crisisPlan';
import { useContacts } from '../team/useContacts';
import { callList, type Call } from './calls';
import type { Contact } from '../team/contacts';

export interface CrisisPlan {
  plan: ReturnType<typeof crisisPlanModel.decode>;
  calls: Call[];
  team: Contact[];
}

/** The crisis plan, who to call in order, and the care team; undefined while loading. */
export function useCrisisPlan(planId: string | undefined): CrisisPlan | undefined {
  const record = useRecord(planId ? singletonRef(planId, 'crisisPlan').id : undefined);
  const callRecords = useRecords(planId, 'crisisCall');
  const team = useContacts(planId);
  if (record === undefined || callRecords === undefined || team === undefined) return undefined;
  return {
    plan: crisisPlanModel.decode(record?.data),
    calls: callList(callRecords, team),
    team,
  };
}
