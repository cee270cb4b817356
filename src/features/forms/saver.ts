// Every change in the planner goes through here: it is saved at once, the Undo button learns how
// to put it back, and the note beside the controls says "Saved on this tablet" for screen readers.
import {
  deleteRecord,
  FieldRefusedError,
  holdMedia,
  isMediaRef,
  saveFields,
  type RecordRef,
} from '../../data';
import { createStore } from '../../shared/store';
import type { Fields } from '../../shared/records';
import { pushUndo } from './undo';

export interface SaveNote {
  /** refused: the record's model does not allow the value (e.g. words over the limit). */
  kind: 'saved' | 'undone' | 'failed' | 'refused' | null;
  /** When, so the same words said again are announced again. */
  at: number;
}

export const saveNote = createStore<SaveNote>({ kind: null, at: 0 });

export function noteSaved(kind: SaveNote['kind']): void {
  saveNote.set({ kind, at: Date.now() });
}

let serial = 0;

function currentScreen(): string {
  return typeof location === 'undefined' ? '' : location.pathname;
}

/**
 * Saves fields and offers undo. Returns false when the save failed: the app shell then shows the
 * plain-language notice, and what the person typed is still on the screen.
 */
export async function saveWithUndo(
  ref: RecordRef,
  fields: Fields,
  key?: string,
  screen?: string,
): Promise<boolean> {
  return (await saveOrRefuse(ref, fields, key, screen)) === null;
}

/**
 * saveWithUndo for a field that shows why: null when saved, otherwise the error (a
 * FieldRefusedError when the value is not allowed, which the field explains beside itself).
 */
export async function saveOrRefuse(
  ref: RecordRef,
  fields: Fields,
  key?: string,
  /** Where "Undo" is offered, when the change is made on a form that then goes back to a list. */
  screen: string = currentScreen(),
): Promise<unknown> {
  try {
    const result = await saveFields(ref, fields);
    if (result.changed.length) {
      const previous = result.previous;
      pushUndo({
        screen,
        // Without a key every change is its own step; text boxes pass one so typing undoes as one.
        key: key ?? `change:${++serial}`,
        undo: async () => {
          await saveFields(ref, previous);
        },
        media: Object.values(previous).filter(isMediaRef),
      });
    }
    noteSaved('saved');
    return null;
  } catch (error) {
    noteSaved(error instanceof FieldRefusedError ? 'refused' : 'failed');
    return error;
  }
}

/**
 * Removes a record and returns how to put it back. "Put it back" means one thing everywhere: the
 * SAME record returns (same id, same fields), never a copy. A copy would reach other devices and
 * the server as a removal plus a new record, and would lose what points at the old one.
 */
export async function removeRecord(
  ref: RecordRef,
  data: Fields,
): Promise<() => Promise<RecordRef>> {
  // "Put it back" may be pressed any time while the screen is open: its photos stay this sitting.
  const media = Object.values(data).filter(isMediaRef);
  if (media.length) holdMedia(() => media);
  await deleteRecord(ref);
  return async () => {
    await saveFields(ref, data);
    return ref;
  };
}

/** Removes a record from a list; "Undo my last change" puts the same record back. */
export async function removeWithUndo(ref: RecordRef, data: Fields): Promise<boolean> {
  try {
    const putBack = await removeRecord(ref, data);
    pushUndo({
      screen: currentScreen(),
      key: `delete:${ref.id}`,
      undo: async () => {
        await putBack();
      },
    });
    noteSaved('saved');
    return true;
  } catch {
    noteSaved('failed');
    return false;
  }
}
