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
  // The full settings may not be read yet: the first-paint copy says whether the lock is on.
  lockState.set({ locked: settings().on || document.documentElement.dataset.lock === 'on' });
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

/** Once the settings are read: a lock that is in fact off (an old first-paint copy) opens. */
export function lockSettingsRead(lock: LockSettings): void {
  if (!lock.on && lockState.get().locked) unlock();
}
