// What the person is told about where their work is. With no account everything stays on this
// tablet ("Saved on this tablet"); the sync engine (src/sync) updates this as it talks to the server.
import { createStore } from '../shared/store';

export interface SyncStatus {
  signedIn: boolean;
  /**
   * local: nothing sent yet (no account, or waiting to send) · saving: sending now · saved: the
   * server has everything · offline: cannot reach the server · error: the server had a problem ·
   * signedOut: the session ended (expired, or signed out elsewhere): sign in again to send.
   */
  state: 'local' | 'saving' | 'saved' | 'offline' | 'error' | 'signedOut';
  /** When the server last confirmed it has everything (ISO time), if ever. */
  lastServerSave: string | null;
}

export const syncStatus = createStore<SyncStatus>({
  signedIn: false,
  state: 'local',
  lastServerSave: null,
});
