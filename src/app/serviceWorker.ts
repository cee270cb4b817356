// Registers the service worker at start-up, from this module (never inline script, so the
// Content-Security-Policy can forbid inline script). registerType is 'prompt': a new version waits
// until the person says yes, so the app never reloads under their fingers (DESIGN.md §7).
import { registerSW } from 'virtual:pwa-register';
import { createStore } from '../shared/store';

export const updateWaiting = createStore(false);

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => updateWaiting.set(true),
    onRegisteredSW: (_url, registration) => {
      // Look for a new version every hour while the app is open.
      if (registration)
        setInterval(() => void registration.update().catch(() => undefined), 3_600_000);
    },
  });
}

/** The person said yes: the waiting version takes over and the page reloads once. */
export async function updateNow(): Promise<void> {
  await applyUpdate?.(true);
}
