// Saving the list of who to call: each change is one small named verb over the data layer.
import { createRecord, saveRecords } from '../../../data';
import { removeRecord } from '../../forms/saver';
import { moveCall, nextOrder, type Call } from './calls';

export function addCall(planId: string, contactId: string, calls: readonly Call[]) {
  return createRecord(planId, 'crisisCall', { contactId, order: nextOrder(calls) });
}

export async function moveCallBy(calls: readonly Call[], id: string, by: -1 | 1): Promise<void> {
  const changes = moveCall(calls, id, by);
  if (changes.length === 0) return;
  const planId = calls[0]!.record.planId;
  await saveRecords(
    changes.map((c) => ({
      ref: { planId, id: c.id, type: 'crisisCall' as const },
      fields: { order: c.order },
    })),
  );
}

export function removeCall(call: Call) {
  return removeRecord(
    { planId: call.record.planId, id: call.id, type: 'crisisCall' },
    call.record.data,
  );
}
