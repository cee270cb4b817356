// A consent as flat record fields, and the history the person can read: one entry per change,
// each holding the whole answer as it was after that change.
import { consentModel } from '../../shared/models/consent';
import { consentChangeModel } from '../../shared/models/consentChange';
import type { Fields } from '../../shared/records';
import { NOT_ASKED, type ChangeKind, type Consent, type ConsentSubject } from './consent';

/** The answer as the consent rules use it; best interests only when that is the answer. */
export function consentFromFields(f: Fields | null | undefined): Consent {
  if (!f) return NOT_ASKED;
  const c = consentModel.decode(f);
  return {
    state: c.state ?? 'notAsked',
    decidedBy: c.decidedBy,
    parentName: c.parentName,
    bestInterests:
      c.state === 'bestInterests' && c.biOutcome && c.biAdvocate
        ? {
            who: c.biWho,
            how: c.biHow,
            when: c.biWhen,
            advocate: c.biAdvocate,
            outcome: c.biOutcome,
          }
        : null,
    view: c.view,
    viewWords: c.viewWords,
    changedAt: c.changedAt,
  };
}

export function consentToFields(c: Consent): Fields {
  return {
    state: c.state,
    decidedBy: c.decidedBy,
    parentName: c.parentName,
    biWho: c.bestInterests?.who ?? null,
    biHow: c.bestInterests?.how ?? null,
    biWhen: c.bestInterests?.when ?? null,
    biAdvocate: c.bestInterests?.advocate ?? null,
    biOutcome: c.bestInterests?.outcome ?? null,
    view: c.view,
    viewWords: c.viewWords,
    changedAt: c.changedAt,
  };
}

export interface SubjectInfo {
  subject: ConsentSubject;
  /** The consent record's id. */
  consentId: string;
  attendeeId: string | null;
  /** The person's name as it was when the change was made, so the history stays true. */
  attendeeName: string | null;
}

/** One history entry: what changed, and the whole answer as it was after the change. */
export function historyFields(info: SubjectInfo, next: Consent, change: ChangeKind): Fields {
  return {
    consentId: info.consentId,
    subject: info.subject,
    attendeeId: info.attendeeId,
    attendeeName: info.attendeeName,
    change,
    ...consentToFields(next),
    at: next.changedAt,
  };
}

export interface HistoryEntry {
  id: string;
  consentId: string;
  subject: ConsentSubject;
  attendeeName: string | null;
  change: ChangeKind;
  consent: Consent;
  at: string;
}

/** The history, newest first. Entries that cannot be read are left out, never shown wrong. */
export function readHistory(records: { id: string; data: Fields }[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const r of records) {
    const h = consentChangeModel.decode(r.data);
    if (!h.change || !h.subject || !h.at) continue;
    out.push({
      id: r.id,
      consentId: h.consentId ?? '',
      subject: h.subject,
      attendeeName: h.attendeeName,
      change: h.change,
      consent: consentFromFields(r.data),
      at: h.at,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
}
