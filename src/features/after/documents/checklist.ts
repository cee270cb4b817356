// Before the next review: which documents the person has, which go in their review pack, and which
// are still missing. Worked out from their data only: a document is there when it has a page or a
// file (or, for the communication passport, when "How I communicate" has words).
import type { StoredRecord } from '../../../data';
import { documentModel, type DocumentKind } from '../../../shared/models/document';
import { reviewModel } from '../../../shared/models/review';
import type { Fields } from '../../../shared/records';
import type { Attachment } from '../attach/attachments';
import { DOCUMENT_LIST, type DocumentFor } from './kinds';

export type DocumentState = 'inPack' | 'added' | 'missing' | 'notNeeded';

export interface ChecklistLine {
  kind: DocumentKind;
  state: DocumentState;
  pages: number;
}

/** Which kinds of document a review asks for: every review's, and hospital or young people's. */
export function wantedFor(review: Fields | undefined): Set<DocumentFor> {
  const r = reviewModel.decode(review);
  const wanted = new Set<DocumentFor>(['every']);
  if (r.setting === 'hospital') wanted.add('hospital');
  if (r.kind === 'cetr' || r.ageBand === 'under16') wanted.add('young');
  return wanted;
}

export interface ChecklistInput {
  review: Fields | undefined;
  /** document records, keyed by kind (document:<plan>:<kind>). */
  documents: ReadonlyMap<DocumentKind, StoredRecord>;
  attachments: readonly Attachment[];
  /** "How I communicate" has words: it is the communication passport. */
  hasCommunication: boolean;
}

/** Every kind of document, in the list's order, with what the person has of it. */
export function documentLines(input: ChecklistInput): ChecklistLine[] {
  const pagesOf = (kind: DocumentKind) =>
    kind === 'communicationPassport'
      ? Number(input.hasCommunication)
      : input.attachments.filter((a) => a.record.data.of === kind).length;
  return DOCUMENT_LIST.map(({ kind }) => {
    const doc = documentModel.decode(input.documents.get(kind)?.data);
    const pages = pagesOf(kind);
    const state: DocumentState =
      pages > 0 ? (doc.inPack ? 'inPack' : 'added') : doc.notNeeded ? 'notNeeded' : 'missing';
    return { kind, state, pages };
  });
}

/**
 * The checklist before the next review: one line per kind this review asks for, and per kind the
 * person added anyway. A kind the person says they do not have stays, marked so, not missing.
 */
export function checklist(input: ChecklistInput): ChecklistLine[] {
  const wanted = wantedFor(input.review);
  const forWhom = new Map(DOCUMENT_LIST.map((k) => [k.kind, k.for]));
  return documentLines(input).filter((l) => wanted.has(forWhom.get(l.kind)!) || l.pages > 0);
}

export function missing(lines: readonly ChecklistLine[]): DocumentKind[] {
  return lines.filter((l) => l.state === 'missing').map((l) => l.kind);
}
