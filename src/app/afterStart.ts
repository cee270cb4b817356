// Start-up work the first screen does not need (the service worker, the sync engine, the checks a
// write makes) waits until the first screen shows the person's data, then for the browser to be
// idle: at 4× CPU it otherwise ran in the middle of the start and delayed it. Screens other than
// Home do not mark app:ready, so it starts after a few seconds at the latest.
import { LATEST_MS, whenFirstScreenReady } from '../shared/perf';
import { whenIdle } from '../ui/preload';

/** Runs work after the first screen is ready and the browser is idle; returns a cancel. */
export function afterFirstScreen(work: () => void): () => void {
  let cancelled = false;
  whenFirstScreenReady(() =>
    whenIdle(() => {
      if (!cancelled) work();
    }, LATEST_MS),
  );
  return () => {
    cancelled = true;
  };
}
