// "Undo my last change": a short list of what the person changed in this sitting, per screen, so
// the Undo button only ever undoes something they can see. Each entry knows how to put back what
// was there before (the data verbs return the previous values). Kept in memory only: undo is for
// a slip of the finger, and the consent history keeps every change for good.
import { holdMedia } from '../../data';
import { createStore } from '../../shared/store';

export interface UndoEntry {
  /** The screen (path) where the change was made. */
  screen: string;
  /** Changes with the same key in a row (typing in one box) undo together, to before the first. */
  key: string;
  undo: () => Promise<void>;
  /** Photos and recordings the undo would put back: kept on the tablet while it can. */
  media?: string[];
}

const LIMIT = 30;

export const undoStack = createStore<UndoEntry[]>([]);

holdMedia(() => undoStack.get().flatMap((e) => e.media ?? []));

export function pushUndo(entry: UndoEntry): void {
  undoStack.set((stack) => {
    const top = stack.at(-1);
    if (top && top.screen === entry.screen && top.key === entry.key) return stack;
    return [...stack, entry].slice(-LIMIT);
  });
}

export function lastUndo(stack: UndoEntry[], screen: string): UndoEntry | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.screen === screen) return stack[i];
  return undefined;
}

/** Takes the screen's latest entry off the list and runs it. */
export async function undoLast(screen: string): Promise<boolean> {
  const entry = lastUndo(undoStack.get(), screen);
  if (!entry) return false;
  undoStack.set((stack) => stack.filter((e) => e !== entry));
  await entry.undo();
  return true;
}
