import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * "Put it back" after something is taken off a list: what was removed (null when there is nothing
 * to put back), and the row that holds the "Put back" button. The removed thing takes its own
 * buttons with it, so the focus goes to that row's button.
 */
export function usePutBack<T>() {
  const [removed, setRemoved] = useState<T | null>(null);
  const undoRow = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (removed) undoRow.current?.querySelector('button')?.focus();
  }, [removed]);
  return [removed, setRemoved, undoRow] as const;
}
