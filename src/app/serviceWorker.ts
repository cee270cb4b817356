// Registers the service worker at start-up, from this module (never inline script, so the
// Content-Security-Policy can forbid inline script). registerType is 'prompt': a new version waits
// until the person says yes, so the app never reloads under their fingers (DESIGN.md §7).
// Its code (and workbox-window's) loads when registering, after the first screen is ready.
import { createStore } from '../shared/store';

export const updateWaiting = createStore(false);

let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
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
