// What the person is told about where their work is. With no account everything stays on this
// tablet ("Saved on this tablet"); the sync engine (src/sync) updates this as it talks to the server.
import { createStore } from '../shared/store';

export interface SyncStatus {
  signedIn: boolean;
  state: 'local' | 'saving' | 'saved' | 'offline' | 'error';
  /** When the server last confirmed it has everything (ISO time), if ever. */
  lastServerSave: string | null;
}

export const syncStatus = createStore<SyncStatus>({
  signedIn: false,
  state: 'local',
  lastServerSave: null,
});
