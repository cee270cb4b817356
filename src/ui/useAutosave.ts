import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { editingGuard } from './editingGuard';

export interface Autosave {
  value: string;
  setValue: (value: string) => void;
  /** Saves now (on blur, before leaving). */
  flush: () => Promise<void>;
  /** The last save failed; the words are still here and will be saved on the next try. */
  failed: boolean;
  /** Why it failed (what the save threw), so the field can say it in plain words. */
  error: unknown;
}

/**
 * Keeps what the person types in the field while it is saved in the background, a moment after
 * they stop typing and whenever they leave the field. If a save fails, the words stay on screen and
 * are tried again: nothing typed is thrown away. With a draft net, the words also survive the page
 * closing before they are saved.
 */
/** Keeps typed words somewhere that survives the page closing (the data layer's draftOf). */
export interface DraftNet {
  keep(value: string): void;
  saved(value: string): void;
}

export function useAutosave(
  saved: string,
  save: (value: string) => Promise<unknown>,
  { draft, delay = 700 }: { draft?: DraftNet; delay?: number } = {},
): Autosave {
  const [value, setLocal] = useState(saved);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const release = useRef<(() => void) | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (next === null) return;
    try {
      await saveRef.current(next);
      draftRef.current?.saved(next);
      if (pending.current === next) {
        pending.current = null;
        release.current?.();
        release.current = null;
      }
      setError(null);
    } catch (e) {
      setError(e ?? new Error('not saved'));
    }
  }, []);

  const setValue = useCallback(
    (next: string) => {
      setLocal(next);
      pending.current = next;
      draftRef.current?.keep(next);
      release.current ??= editingGuard.addDraft(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Words saved elsewhere (another tab, another device) show here unless the person is typing.
  useEffect(() => {
    if (pending.current === null) setLocal(saved);
  }, [saved]);

  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { value, setValue, flush, failed: error !== null, error };
}
