import Dexie from 'dexie';
import { DISPLAY_MIRROR_KEY } from '../shared/settings';
import { DATABASE_NAME, db } from './db';
import { DRAFTS_KEY } from './drafts';
import { HERE_KEY } from './here';

/**
 * Clears everything this app keeps on this device: the debug switch ?reset, after the person
 * confirms. Work not yet on the server is gone after this, which is why it always asks first.
 */
export async function clearThisDevice(): Promise<void> {
  db().close();
  await Dexie.delete(DATABASE_NAME);
  try {
    localStorage.removeItem(DISPLAY_MIRROR_KEY);
    localStorage.removeItem(DRAFTS_KEY);
    localStorage.removeItem(HERE_KEY);
  } catch {
    // nothing to remove
  }
}
