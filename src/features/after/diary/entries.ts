// The diary's rules, as pure functions: how an entry reads, which entries are shown (newest
// first), and what "Find" keeps. Screens and the evidence export both use these.
import type { SymbolId } from '../../../content/symbols';
import { diaryModel, DIARY_KINDS, type DiaryKind } from '../../../shared/models/diary';
import type { Values } from '../../../shared/models';
import type { Fields } from '../../../shared/records';

export { DIARY_KINDS, type DiaryKind };

export type DiaryEntry = { id: string } & Values<typeof diaryModel.fields>;

export const KIND_SYMBOL: Record<DiaryKind, SymbolId> = {
  call: 'call',
  letter: 'letter',
  meeting: 'meeting',
  visit: 'walk',
  incident: 'incident',
  goodDay: 'good-day',
};

export function entryFromRecord(r: { id: string; data: Fields }): DiaryEntry {
  return { id: r.id, ...diaryModel.decode(r.data) };
}

/**
 * Whether anything was written or added. "Write in my diary" makes no record until something is
 * entered, and an entry left empty (by undo) is not listed: the diary shows only real entries.
 */
export function hasDetails(e: DiaryEntry): boolean {
  return !!(e.text.trim() || e.kind || e.who.trim() || e.feeling || e.photo || e.voice || e.letter);
}

/** A real day, YYYY-MM-DD (a date box gives this; an older or odd value is not a day). */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * Newest first, as a diary is read. Entries on the same day keep the order they were written
 * (ids are time-ordered: uuid v7). An entry with no day goes last, so it is still found.
 */
export function newestFirst(a: DiaryEntry, b: DiaryEntry): number {
  const da = isDay(a.when) ? a.when : '';
  const db = isDay(b.when) ? b.when : '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export interface DiaryFind {
  kind: DiaryKind | null;
  /** Part of a name, as typed: "jo" finds "Jo Smith". */
  person: string;
  /** YYYY-MM-DD, or '' for no limit. */
  from: string;
  to: string;
}

export const FIND_NOTHING: DiaryFind = { kind: null, person: '', from: '', to: '' };

export function isFinding(f: DiaryFind): boolean {
  return !!(f.kind || f.person.trim() || isDay(f.from) || isDay(f.to));
}

/** Words compared without case or accents, so "zoe" finds "Zoë". */
function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

/** The entries that match every part of "Find" the person filled in. A date range is inclusive. */
export function findEntries(entries: readonly DiaryEntry[], f: DiaryFind): DiaryEntry[] {
  const person = folded(f.person);
  const from = isDay(f.from) ? f.from : '';
  const to = isDay(f.to) ? f.to : '';
  // Dates the wrong way round still mean the days between them.
  const [lo, hi] = from && to && from > to ? [to, from] : [from, to];
  return entries.filter((e) => {
    if (f.kind && e.kind !== f.kind) return false;
    if (person && !folded(e.who).includes(person)) return false;
    if (lo || hi) {
      if (!isDay(e.when)) return false;
      if (lo && e.when < lo) return false;
      if (hi && e.when > hi) return false;
    }
    return true;
  });
}

/** The diary as it is listed: real entries only, newest first. */
export function diaryList(records: readonly { id: string; data: Fields }[]): DiaryEntry[] {
  return records.map(entryFromRecord).filter(hasDetails).sort(newestFirst);
}

/** Today on this tablet, YYYY-MM-DD: a new entry is about today unless the person changes it. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
