// A consent as flat record fields, and the history the person can read: one entry per change,
// each holding the whole answer as it was after that change.
import type { Fields } from '../../shared/records';
import {
  CONSENT_STATES,
  NOT_ASKED,
  type ChangeKind,
  type Consent,
  type ConsentSubject,
  type Decider,
  type YesNo,
  type YesNoNotSure,
} from './consent';

const DECIDERS: Decider[] = ['person', 'parent', 'bestInterests'];
const YNN: YesNoNotSure[] = ['yes', 'no', 'notSure'];

function pick<T extends string>(list: readonly T[], value: unknown): T | null {
  return list.includes(value as T) ? (value as T) : null;
}
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function consentFromFields(f: Fields | null | undefined): Consent {
  if (!f) return NOT_ASKED;
  const outcome = pick<YesNo>(['yes', 'no'], f.biOutcome);
  const advocate = pick(YNN, f.biAdvocate);
  return {
    state: pick(CONSENT_STATES, f.state) ?? 'notAsked',
    decidedBy: pick(DECIDERS, f.decidedBy),
    parentName: text(f.parentName),
    bestInterests:
      f.state === 'bestInterests' && outcome && advocate
        ? { who: text(f.biWho), how: text(f.biHow), when: text(f.biWhen), advocate, outcome }
        : null,
    view: pick(YNN, f.view),
    viewWords: text(f.viewWords),
    changedAt: typeof f.changedAt === 'string' ? f.changedAt : null,
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

const CHANGES: ChangeKind[] = ['yes', 'no', 'withdrawn', 'bestInterests', 'view', 'restored'];

/** The history, newest first. Entries that cannot be read are left out, never shown wrong. */
export function readHistory(records: { id: string; data: Fields }[]): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const r of records) {
    const change = pick(CHANGES, r.data.change);
    const subject = pick<ConsentSubject>(['review', 'share', 'attendee'], r.data.subject);
    if (!change || !subject || typeof r.data.at !== 'string') continue;
    out.push({
      id: r.id,
      consentId: text(r.data.consentId),
      subject,
      attendeeName: typeof r.data.attendeeName === 'string' ? r.data.attendeeName : null,
      change,
      consent: consentFromFields(r.data),
      at: r.data.at,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
}
