import { useEffect, useState } from 'preact/hooks';
import type { RecordRef } from '../../data';
import type { Fields } from '../../shared/records';
import { removeRecord } from './saver';
import { usePutBack } from './usePutBack';

export interface Removed {
  name: string;
  putBack: () => Promise<RecordRef>;
}

/**
 * A list of records where one at a time is changed in place, and a removed one can be put back
 * (the care team, who's who). Focus follows the person: to "Put back" when they remove someone,
 * and to that someone's "Change" button (`changeId`) when they finish a form or put them back.
 * `records` is the list as read: focus waits until the card is there again.
 */
export function useListWithUndo(changeId: (id: string) => string, records: unknown) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved, undoRow] = usePutBack<Removed>();
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    const target = focusId && !editing ? document.getElementById(focusId) : null;
    if (!target) return;
    target.focus();
    setFocusId(null);
  }, [focusId, editing, records]);

  return {
    editing,
    removed,
    undoRow,
    /** The person pressed "Change". */
    edit: setEditing,
    /** A record just added: its form opens, and "Put back" for an earlier one goes. */
    editNew: (id: string) => {
      setRemoved(null);
      setEditing(id);
    },
    doneEditing: (id: string) => {
      setEditing(null);
      setFocusId(changeId(id));
    },
    remove: async (ref: RecordRef, data: Fields, name: string) => {
      const putBack = await removeRecord(ref, data);
      setRemoved({ name, putBack });
    },
    undo: async () => {
      if (!removed) return;
      const ref = await removed.putBack();
      setRemoved(null);
      setFocusId(changeId(ref.id));
    },
  };
}
