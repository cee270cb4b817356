// Writes a consent change: the answer and its history entry in one transaction, so the history
// can never miss a change that happened. Undo is a change of its own (the history keeps both).
import { newRecordRef, saveRecords, type RecordRef } from '../../../data';
import {
  decide,
  type AgeBand,
  type Consent,
  type ConsentAction,
  type ConsentProblem,
} from '../consent';
import { consentToFields, historyFields, type SubjectInfo } from '../consentRecords';
import { noteSaved } from '../../forms/saver';
import { pushUndo } from '../../forms/undo';

export interface ConsentTarget {
  ref: RecordRef;
  info: SubjectInfo;
}

let serial = 0;

/** Returns the problems to show (empty when it was saved or nothing changed), or 'failed'. */
export async function applyConsent(
  target: ConsentTarget,
  current: Consent,
  action: ConsentAction,
  ageBand: AgeBand | null,
  withUndo = true,
): Promise<ConsentProblem[] | 'failed'> {
  const d = decide(current, action, { ageBand, now: new Date().toISOString() });
  if (!d.ok) return d.problems;
  if (!d.change) return [];
  const { ref, info } = target;
  try {
    await saveRecords([
      {
        ref,
        fields: { subject: info.subject, attendeeId: info.attendeeId, ...consentToFields(d.next) },
      },
      {
        ref: newRecordRef(ref.planId, 'consentChange'),
        fields: historyFields(info, d.next, d.change),
      },
    ]);
  } catch {
    noteSaved('failed');
    return 'failed';
  }
  if (withUndo) {
    const next = d.next;
    pushUndo({
      screen: location.pathname,
      key: `consent:${++serial}`,
      undo: async () => {
        await applyConsent(target, next, { type: 'restore', to: current }, ageBand, false);
      },
    });
  }
  noteSaved('saved');
  return [];
}
