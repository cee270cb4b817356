// The pages of the report or of a document, in the order the person put them, and what moving one
// changes. Pages are records (one each), ordered by a number the person controls with "Move up" and
// "Move down": never by when they were added, which differs between devices.
import type { StoredRecord } from '../../../data';
import { attachmentModel, type AttachmentOwner } from '../../../shared/models/attachment';
import { PDF_MAX_BYTES } from '../../../shared/protocol';

export interface Attachment {
  id: string;
  sha256: string;
  mime: 'image/jpeg' | 'application/pdf';
  name: string;
  position: number;
  record: StoredRecord;
}

/**
 * The pages of one report or document (or, with `entry`, of the letter kept with one diary
 * entry), first to last; records with no bytes are left out.
 */
export function attachmentsOf(
  records: readonly StoredRecord[] | undefined,
  of: AttachmentOwner,
  entry?: string,
) {
  const list: Attachment[] = [];
  for (const record of records ?? []) {
    const a = attachmentModel.decode(record.data);
    if (a.of !== of || !a.sha256 || !a.mime) continue;
    if (entry !== undefined && a.entry !== entry) continue;
    list.push({
      id: record.id,
      sha256: a.sha256,
      mime: a.mime,
      name: a.name,
      position: a.position ?? 0,
      record,
    });
  }
  // Two pages added on two tablets may share a number: the id keeps the order the same everywhere.
  return list.sort((x, y) => x.position - y.position || (x.id < y.id ? -1 : 1));
}

/** The letters kept with diary entries, by entry id, each first page to last. */
export function lettersByEntry(records: readonly StoredRecord[] | undefined) {
  const by = new Map<string, Attachment[]>();
  for (const a of attachmentsOf(records, 'diary')) {
    const entry = attachmentModel.decode(a.record.data).entry;
    if (!entry) continue;
    by.set(entry, [...(by.get(entry) ?? []), a]);
  }
  return by;
}

/** The number for a page added at the end. */
export function nextPosition(list: readonly Attachment[]): number {
  return list.length ? Math.max(...list.map((a) => a.position)) + 1 : 1;
}

/**
 * Moving page `index` one place up (-1) or down (+1): the pages whose number must change, and the
 * new number of each. Numbered 1, 2, 3… again, so pages that shared a number part for good.
 */
export function moveChanges(
  list: readonly Attachment[],
  index: number,
  by: -1 | 1,
): { id: string; position: number }[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [];
  const order = [...list];
  [order[index], order[to]] = [order[to]!, order[index]!];
  return order.flatMap((a, i) => (a.position === i + 1 ? [] : [{ id: a.id, position: i + 1 }]));
}

export type FileProblem = 'notPdf' | 'tooBig' | null;

/** Whether a chosen file can be kept as a document file: a real PDF, not too big. */
export function fileProblem(bytes: ArrayBuffer): FileProblem {
  if (bytes.byteLength > PDF_MAX_BYTES) return 'tooBig';
  const head = new Uint8Array(bytes, 0, Math.min(5, bytes.byteLength));
  return String.fromCharCode(...head) === '%PDF-' ? null : 'notPdf';
}
