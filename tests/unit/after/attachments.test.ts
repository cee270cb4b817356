// The pages of the report or a document: their order, what a move changes, and which files are kept.
import { describe, expect, it } from 'vitest';
import {
  attachmentsOf,
  fileProblem,
  moveChanges,
  nextPosition,
} from '../../../src/features/after/attach/attachments';
import { checkFields } from '../../../src/shared/models/check';
import { rec, sha } from './fixtures';

const page = (id: string, position: number, of = 'report', mime = 'image/jpeg') =>
  rec('attachment', id, { of, sha256: sha(id[0]!), mime, name: '', position });

describe('the pages of the report', () => {
  it('come in the person’s order, only the report’s, and pages sharing a number by id', () => {
    const list = attachmentsOf(
      [
        page('c', 2),
        page('a', 1),
        page('d', 1, 'carePlan'),
        page('b', 2),
        rec('attachment', 'e', { of: 'report', sha256: null, mime: 'image/jpeg', position: 0 }),
      ],
      'report',
    );
    expect(list.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(nextPosition(list)).toBe(3);
    expect(nextPosition([])).toBe(1);
  });

  it('moving a page swaps it with its neighbour, and numbers pages that shared one apart', () => {
    const list = attachmentsOf([page('a', 1), page('b', 2), page('c', 3)], 'report');
    expect(moveChanges(list, 2, -1)).toEqual([
      { id: 'c', position: 2 },
      { id: 'b', position: 3 },
    ]);
    expect(moveChanges(list, 0, 1)).toEqual([
      { id: 'b', position: 1 },
      { id: 'a', position: 2 },
    ]);
    // Nothing above the first page, nothing below the last.
    expect(moveChanges(list, 0, -1)).toEqual([]);
    expect(moveChanges(list, 2, 1)).toEqual([]);
    // Added on two tablets at once: both are page 2; moving one makes the order real.
    const tied = attachmentsOf([page('a', 1), page('b', 2), page('c', 2)], 'report');
    // c keeps its 2 and b becomes 3: only what must change is written.
    expect(moveChanges(tied, 2, -1)).toEqual([{ id: 'b', position: 3 }]);
  });

  it('keeps a file only when it is a PDF and not over 20 MB', () => {
    const bytes = (text: string, size = text.length) => {
      const b = new Uint8Array(size);
      b.set(new TextEncoder().encode(text));
      return b.buffer;
    };
    expect(fileProblem(bytes('%PDF-1.7\n'))).toBeNull();
    expect(fileProblem(bytes('<html>'))).toBe('notPdf');
    expect(fileProblem(bytes(''))).toBe('notPdf');
    expect(fileProblem(bytes('%PDF-1.7', 20 * 1024 * 1024))).toBeNull();
    expect(fileProblem(bytes('%PDF-1.7', 20 * 1024 * 1024 + 1))).toBe('tooBig');
  });

  it('is checked by its model: what it belongs to and its type must be ones the app knows', () => {
    const ok = { of: 'report', sha256: sha('a'), mime: 'application/pdf', position: 1 };
    expect(checkFields('attachment', ok)).toBeNull();
    expect(checkFields('attachment', { ...ok, of: 'carePlan' })).toBeNull();
    expect(checkFields('attachment', { ...ok, of: 'shoppingList' })).not.toBeNull();
    expect(checkFields('attachment', { ...ok, mime: 'text/html' })).not.toBeNull();
    expect(checkFields('attachment', { ...ok, sha256: 'not-a-hash' })).not.toBeNull();
  });
});
