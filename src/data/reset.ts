import Dexie from 'dexie';
import { DISPLAY_MIRROR_KEY } from '../shared/settings';
import { DATABASE_NAME, db } from './db';
import { DRAFTS_KEY } from './drafts';
import { HERE_KEY } from './here';

/** Every key this app keeps outside IndexedDB starts with this. */
const OWN_PREFIX = 'my-review.';

/**
 * Clears everything this app keeps on this device: the database (plans, records, work waiting for
 * the server, photos, recordings, settings, the account), kept words and settings in local and
 * session storage, and any cached photos or recordings. Used by "Remove everything from this
 * tablet" (My data) and the debug switch ?reset, both after the person confirms: work not yet on
 * the server is gone after this, which is why both first say how much is waiting.
 *
 * The app itself (the service worker's precache) stays, so the tablet can still open My Review with
 * no connection, and bring a copy back.
 */
export async function clearThisDevice(): Promise<void> {
  db().close();
  await Dexie.delete(DATABASE_NAME);
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      const s = globalThis[storage];
      if (!s) continue;
      for (const key of [DISPLAY_MIRROR_KEY, DRAFTS_KEY, HERE_KEY]) s.removeItem(key);
      for (let i = s.length - 1; i >= 0; i--) {
        const key = s.key(i);
        if (key?.startsWith(OWN_PREFIX)) s.removeItem(key);
      }
    } catch {
      // storage blocked or absent: nothing of ours is in it
    }
  }
  try {
    const names = (await globalThis.caches?.keys()) ?? [];
    // Workbox names its app caches "workbox-precache-…": everything else is data.
    await Promise.all(
      names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n)),
    );
  } catch {
    // no Cache Storage here (an insecure origin, a test): nothing cached to remove
  }
}
