// The data layer's public face. Screens import from here; only this folder and src/sync touch
// IndexedDB (enforced by eslint no-restricted-imports).
export { openDatabase, setBeforeClose } from './db';
export { databaseNotices, type DatabaseNotices } from './notices';
export {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  newRecordRef,
  saveField,
  saveFields,
  saveRecords,
  singletonRef,
  type RecordRef,
  type WriteResult,
} from './records';
export { ensureCurrentPlan, getCurrentPlanId, listPlans } from './plans';
export { getSettings, initialSettings, saveSettings } from './settings';
export { getMedia, putMedia, sha256Hex } from './media';
export { countPending, oldestPendingTime } from './outbox';
export {
  isQuotaError,
  SaveFailedError,
  StorageFullError,
  storageUse,
  type StorageUse,
} from './storage';
export { clearThisDevice } from './reset';
export {
  useCurrentPlan,
  useMediaUrl,
  useMediaUrls,
  usePendingCount,
  useRecord,
  useRecords,
  useSettings,
} from './hooks';
export type { Plan, StoredMedia, StoredRecord } from './types';
