// useLiveQuery on preact's own hooks. dexie-react-hooks does the same through `react`, which here is
// preact/compat: about 4 KiB on the first screen for four hooks. Same behaviour: the querier runs
// again when what it read changes (in this tab or another), a new deps list starts a new query
// while the last result stays until the new one arrives, and an error is thrown to the nearest
// error boundary.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';

interface Monitor<T> {
  hasResult: boolean;
  result: T | undefined;
  error: unknown;
}

export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  const monitor = useRef<Monitor<T>>({ hasResult: false, result: undefined, error: null });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const observable = useMemo(() => {
    const o = liveQuery(querier);
    // A first render takes a result Dexie already has (its cache answers at once), so a screen
    // opened again shows its data without a "loading" render first.
    // Not at build time: the prerender renders the first screen in Node, with no database.
    if (!monitor.current.hasResult && typeof window !== 'undefined') {
      o.subscribe((value) => {
        monitor.current.result = value;
        monitor.current.hasResult = true;
      }).unsubscribe();
    }
    return o;
    // The querier is read when deps change, as dexie-react-hooks does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  // Subscribed as soon as the screen is built, not after its first paint (useEffect waits a
  // frame): the first read starts a frame sooner, and Home shows the person's name a frame sooner.
  useLayoutEffect(() => {
    const subscription = observable.subscribe({
      next: (value) => {
        const m = monitor.current;
        if (m.error !== null || m.result !== value) {
          m.error = null;
          m.result = value;
          m.hasResult = true;
          rerender(0);
        }
      },
      error: (err: unknown) => {
        if (monitor.current.error !== err) {
          monitor.current.error = err;
          rerender(0);
        }
      },
    });
    return () => subscription.unsubscribe();
  }, [observable]);
  if (monitor.current.error) throw monitor.current.error;
  return monitor.current.result;
}
