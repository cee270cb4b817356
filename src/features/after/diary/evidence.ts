// The diary as evidence: a dated timeline, oldest first (the order a solicitor or a commissioner
// reads events in), with the facts for its cover page, and the same entries as spreadsheet rows.
import { isDay, type DiaryEntry } from './entries';

/** Oldest first; entries on the same day in the order they were written; undated ones last. */
export function oldestFirst(a: DiaryEntry, b: DiaryEntry): number {
  const da = isDay(a.when) ? a.when : '\uffff';
  const db = isDay(b.when) ? b.when : '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface EvidenceCover {
  /** Whose diary it is (the name the person gave), or '' when none was given. */
  name: string;
  /** The first and last days the entries are about ('' when no entry has a day). */
  from: string;
  to: string;
  count: number;
  /** When the export was made, as an ISO time. */
  madeAt: string;
}

export interface Evidence {
  cover: EvidenceCover;
  entries: DiaryEntry[];
}

export function evidenceOf(entries: readonly DiaryEntry[], name: string, now: Date): Evidence {
  const sorted = [...entries].sort(oldestFirst);
  const days = sorted.map((e) => e.when).filter(isDay);
  return {
    cover: {
      name: name.trim(),
      from: days[0] ?? '',
      to: days.at(-1) ?? '',
      count: sorted.length,
      madeAt: now.toISOString(),
    },
    entries: sorted,
  };
}

/** The words a spreadsheet needs, already in the person's language. */
export interface CsvWords {
  headings: {
    date: string;
    kind: string;
    who: string;
    what: string;
    feeling: string;
    photo: string;
    recording: string;
    letter: string;
    onlyMe: string;
  };
  kind: (k: NonNullable<DiaryEntry['kind']>) => string;
  feeling: (f: NonNullable<DiaryEntry['feeling']>) => string;
  yes: string;
  /** An entry's letter kept as one photo, before letters could have pages or be a file. */
  letterPhoto: string;
}

/** A page of a letter or email, as the evidence lists it. */
export interface LetterPage {
  mime: 'image/jpeg' | 'application/pdf';
  /** A file's own name ('' for a photo). */
  name: string;
}

/** How each page of a letter is named: a file by its own name, a photo by its number. */
export function letterNames(
  pages: readonly LetterPage[],
  w: { file: string; page: (n: number) => string },
): string[] {
  return pages.map((p, i) =>
    p.mime === 'application/pdf' ? p.name.trim() || w.file : w.page(i + 1),
  );
}

/**
 * One row per entry, oldest first, under a row of headings. `letters`: each entry's letter pages
 * by name (letterNames), listed in the letter's cell so the reader knows which papers go with it.
 */
export function evidenceRows(
  entries: readonly DiaryEntry[],
  w: CsvWords,
  letters: ReadonlyMap<string, readonly string[]> = new Map(),
): string[][] {
  const h = w.headings;
  const yes = (v: unknown) => (v ? w.yes : '');
  return [
    [h.date, h.kind, h.who, h.what, h.feeling, h.photo, h.recording, h.letter, h.onlyMe],
    ...[...entries]
      .sort(oldestFirst)
      .map((e) => [
        e.when,
        e.kind ? w.kind(e.kind) : '',
        e.who,
        e.text,
        e.feeling ? w.feeling(e.feeling) : '',
        yes(e.photo),
        yes(e.voice),
        [...(e.letter ? [w.letterPhoto] : []), ...(letters.get(e.id) ?? [])].join('; '),
        yes(e.onlyMe),
      ]),
  ];
}

/** A file name that says whose diary and when it was made: "diary-sam-2027-03-10.csv". */
export function csvFileName(name: string, day: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `diary-${slug ? `${slug}-` : ''}${day}.csv`;
}
