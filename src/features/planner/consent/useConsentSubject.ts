// Everything one consent screen needs: what it is about, the answer now, its history, and the
// age rule that says who decides.
import {
  keyedRef,
  singletonRef,
  useRecord,
  useRecords,
  type RecordRef,
  type StoredRecord,
} from '../../../data';
import { attendeeFromRecord, needsConsent, type Attendee } from '../attendees';
import { type AgeBand, type Consent } from '../consent';
import { consentFromFields, readHistory, type HistoryEntry } from '../consentRecords';
import { ageBandOf } from '../progress';
import type { ConsentKey } from '../../../shared/models/consent';
import type { ConsentTarget } from './applyConsent';

export interface ConsentSubjectData {
  key: ConsentKey;
  target: ConsentTarget;
  consent: Consent;
  /** The consent record's own fields, where the forms keep what is being typed. */
  record: StoredRecord | null;
  attendee: Attendee | null;
  ageBand: AgeBand | null;
  reviewRef: RecordRef;
  history: HistoryEntry[];
}

export function parseConsentKey(key: string | undefined): ConsentKey | null {
  if (key === 'review' || key === 'share') return key;
  return key?.startsWith('person-') && key.length > 7 ? (key as ConsentKey) : null;
}

/** undefined while loading; null when there is no such thing to consent to. */
export function useConsentSubject(
  planId: string | undefined,
  key: ConsentKey | null,
): ConsentSubjectData | null | undefined {
  const ref = planId && key ? keyedRef(planId, 'consent', key) : undefined;
  const reviewRef = planId ? singletonRef(planId, 'review') : undefined;
  const attendeeId = key?.startsWith('person-') ? key.slice(7) : undefined;
  const record = useRecord(ref?.id);
  const review = useRecord(reviewRef?.id);
  const attendeeRecord = useRecord(attendeeId);
  const changes = useRecords(planId, 'consentChange');
  if (!planId || !key) return planId ? null : undefined;
  if (record === undefined || review === undefined || attendeeRecord === undefined || !changes)
    return undefined;
  const attendee = attendeeRecord ? attendeeFromRecord(attendeeRecord) : null;
  if (attendeeId && (!attendee || !needsConsent(attendee.kind))) return null;
  return {
    key,
    target: {
      ref: ref!,
      info: {
        subject: attendeeId ? 'attendee' : (key as 'review' | 'share'),
        consentId: ref!.id,
        attendeeId: attendeeId ?? null,
        attendeeName: attendee?.name ?? null,
      },
    },
    consent: consentFromFields(record?.data),
    record,
    attendee,
    ageBand: ageBandOf(review?.data ?? {}),
    reviewRef: reviewRef!,
    history: readHistory(changes.filter((c) => c.data.consentId === ref!.id)),
  };
}
