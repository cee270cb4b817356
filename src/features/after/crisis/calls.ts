// "Who to call, in order": crisisCall records, each naming a person of the care team. The person
// reorders by tapping Move up / Move down (no dragging, WCAG 2.5.7): a move swaps two numbers.
import type { StoredRecord } from '../../../data';
import { crisisCallModel } from '../../../shared/models/crisisCall';
import type { Contact } from '../team/contacts';

export const ORDER_GAP = 10;

export interface Call {
  id: string;
  record: StoredRecord;
  order: number;
  contact: Contact;
}

/**
 * The people to call, in order. An entry whose person left the care team is left out, and so is
 * the same person added twice (two tablets at once): the first one counts.
 */
export function callList(records: readonly StoredRecord[], team: readonly Contact[]): Call[] {
  const byId = new Map(team.map((c) => [c.id, c]));
  const seen = new Set<string>();
  return records
    .map((record, i) => {
      const c = crisisCallModel.decode(record.data);
      return { record, i, contactId: c.contactId, order: c.order ?? (i + 1) * ORDER_GAP };
    })
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .flatMap(({ record, contactId, order }) => {
      const contact = contactId ? byId.get(contactId) : undefined;
      if (!contact || seen.has(contact.id)) return [];
      seen.add(contact.id);
      return [{ id: record.id, record, order, contact }];
    });
}

/** The order number for someone added at the end. */
export function nextOrder(calls: readonly Call[]): number {
  return calls.reduce((max, c) => Math.max(max, c.order), 0) + ORDER_GAP;
}

/**
 * The order numbers to save to move one entry up or down: the two swap numbers. If two share a
 * number (added at once on two tablets), every entry is numbered afresh instead.
 */
export function moveCall(
  calls: readonly Call[],
  id: string,
  by: -1 | 1,
): { id: string; order: number }[] {
  const from = calls.findIndex((c) => c.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= calls.length) return [];
  const a = calls[from]!;
  const b = calls[to]!;
  if (a.order !== b.order)
    return [
      { id: a.id, order: b.order },
      { id: b.id, order: a.order },
    ];
  const moved = [...calls];
  moved.splice(to, 0, ...moved.splice(from, 1));
  return moved
    .map((c, i) => ({ id: c.id, order: (i + 1) * ORDER_GAP, before: c.order }))
    .filter((c) => c.order !== c.before)
    .map(({ id, order }) => ({ id, order }));
}

/** The people of the care team not on the list yet. */
export function notOnList(team: readonly Contact[], calls: readonly Call[]): Contact[] {
  const on = new Set(calls.map((c) => c.contact.id));
  return team.filter((c) => !on.has(c.id));
}
