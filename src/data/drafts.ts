// Words typed but not yet saved. The autosave waits for a pause in typing, and IndexedDB writes
// are asynchronous, so a page that is reloaded, closed or killed in the background in that moment
// would lose them. Each keystroke also writes the words, synchronously, to localStorage; the next
// start saves whatever is still there through the normal verbs (record and outbox), then forgets it.
import { saveField, type RecordRef } from './records';

export const DRAFTS_KEY = 'my-review.drafts';

interface Draft {
  ref: RecordRef;
  field: string;
  value: string;
}

type Drafts = Record<string, Draft>;

function read(): Drafts {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Drafts) : {};
  } catch {
    return {};
  }
}

function write(drafts: Drafts): void {
  try {
    if (Object.keys(drafts).length) localStorage.setItem(DRAFTS_KEY, JSON.stringify(drafts));
    else localStorage.removeItem(DRAFTS_KEY);
  } catch {
    // No localStorage (private mode, full): the autosave still saves; only this net is missing.
  }
}

const keyOf = (ref: RecordRef, field: string) => `${ref.planId}/${ref.id}/${field}`;

export interface DraftKeeper {
  /** Remembers words just typed. */
  keep(value: string): void;
  /** Forgets them once they are saved, unless newer words were typed since. */
  saved(value: string): void;
}

/** A safety net for one text field of one record. */
export function draftOf(ref: RecordRef, field: string): DraftKeeper {
  const key = keyOf(ref, field);
  return {
    keep(value) {
      const drafts = read();
      drafts[key] = { ref, field, value };
      write(drafts);
    },
    saved(value) {
      const drafts = read();
      if (drafts[key]?.value !== value) return;
      delete drafts[key];
      write(drafts);
    },
  };
}

function isDraft(d: unknown): d is Draft {
  const x = d as Partial<Draft> | null;
  return typeof x?.value === 'string' && typeof x.field === 'string' && !!x.ref?.planId && !!x.ref.id;
}

/** At start-up: saves the words a closed page did not get to save. Returns how many. */
export async function saveLeftDrafts(): Promise<number> {
  let count = 0;
  for (const [key, d] of Object.entries(read())) {
    if (!isDraft(d)) {
      const drafts = read();
      delete drafts[key];
      write(drafts);
      continue;
    }
    try {
      await saveField(d.ref, d.field, d.value);
      draftOf(d.ref, d.field).saved(d.value);
      count++;
    } catch {
      // Kept for the next start: words are never dropped unsaved.
    }
  }
  return count;
}
