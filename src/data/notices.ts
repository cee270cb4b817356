import { createStore } from '../shared/store';

/** Things about the database the person must hear about, in plain words, from the app shell. */
export interface DatabaseNotices {
  /** An older tab of this app is still open and stops the upgrade. */
  blocked: boolean;
  /** A newer version opened in another tab; this tab must reload. */
  versionChanged: boolean;
  /** The last save failed because the tablet is full. What was saved before stays saved. */
  storageFull: boolean;
  /** The last save failed for another reason. */
  saveFailed: boolean;
}

export const databaseNotices = createStore<DatabaseNotices>({
  blocked: false,
  versionChanged: false,
  storageFull: false,
  saveFailed: false,
});
