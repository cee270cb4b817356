// Counts what the person is in the middle of: a dialog open, words typed but not yet saved.
// The app shell waits for this to be empty before offering "A new version is ready" (it never
// reloads under a person's fingers), and saves pending words before the tab must close.
import { createStore } from '../shared/store';

type Flush = () => Promise<void>;

const holds = createStore(0);
const flushes = new Set<Flush>();

export const editingGuard = {
  /** Marks something open; call the returned function when it closes. */
  hold(): () => void {
    holds.set((n) => n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      holds.set((n) => n - 1);
    };
  },
  /** Registers unsaved words and how to save them now. */
  addDraft(flush: Flush): () => void {
    flushes.add(flush);
    holds.set((n) => n + 1);
    return () => {
      if (flushes.delete(flush)) holds.set((n) => n - 1);
    };
  },
  async flushAll(): Promise<void> {
    await Promise.allSettled([...flushes].map((f) => f()));
  },
  isBusy: () => holds.get() > 0,
  subscribe: (listener: (busy: boolean) => void) => holds.subscribe((n) => listener(n > 0)),
};
