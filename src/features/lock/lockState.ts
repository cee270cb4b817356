// Whether My Review is locked now. It starts locked when the lock is on (opening the app is
// coming back), and locks again when it comes back after being hidden for the chosen time.
import { createStore } from '../../shared/store';
import type { LockSettings } from '../../shared/settings';
import { lockedOnReturn } from './lockTiming';

export const lockState = createStore<{ locked: boolean }>({ locked: false });

/**
 * Call once, when the app starts: opening the app is coming back to it, so it starts locked when
 * the lock is on. Then it watches the page being left and coming back.
 */
export function watchLock(settings: () => LockSettings): () => void {
  lockState.set({ locked: settings().on });
  let hiddenAt: number | null = null;
  const onChange = () => {
    const lock = settings();
    if (!lock.on) return;
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (lockedOnReturn(hiddenAt, Date.now(), lock.afterMinutes))
      lockState.set({ locked: true });
    if (document.visibilityState === 'visible') hiddenAt = null;
  };
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

export function unlock(): void {
  lockState.set({ locked: false });
}
