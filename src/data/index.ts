// The data layer's public face. Screens import from here; only this folder and src/sync touch
// IndexedDB (enforced by eslint no-restricted-imports). The first screen's own modules (src/app,
// Home) import the modules they use instead: this file would bring every data module into the
// first screen's script (bench/sizes.mjs).
export { openDatabase, setBeforeClose } from './db';
export { databaseNotices, type DatabaseNotices } from './notices';
export {
  createRecord,
  deleteRecord,
  FieldRefusedError,
  firstRecordsByDay,
  getRecord,
  listRecords,
  loadWriteChecks,
  newRecordRef,
  saveField,
  saveFields,
  saveRecords,
  type RecordRef,
  type WriteResult,
} from './records';
export { derivedId, keyedRef, movedId, recordKey, singletonRef } from './recordIds';
export {
  ensureCurrentPlan,
  getCurrentPlanId,
  listPlanChoices,
  listPlans,
  newPlan,
  setCurrentPlan,
  type PlanChoice,
} from './plans';
export { getSettings, initialSettings, rememberNamed, saveSettings } from './settings';
export { getMedia, putMedia, sha256Hex } from './media';
export { holdMedia, isMediaRef } from './mediaRelease';
export { countPending, countPendingIn, dismissRejected, listRejected, oldestPendingTime } from './outbox';
export { dismissStoppedSharing, type StoppedSharing } from './meta';
export {
  bothTexts,
  canKeepBoth,
  listConflicts,
  resolveConflict,
  type ConflictChoice,
} from './conflicts';
export {
  isQuotaError,
  SaveFailedError,
  StorageFullError,
  mediaUse,
  storageUse,
  type MediaUse,
  type StorageUse,
} from './storage';
export { clearThisDevice } from './reset';
export { getAuditCopy, saveAuditCopy, type AuditCopy } from './auditCopy';
export { draftOf, saveLeftDrafts, type DraftKeeper } from './drafts';
export { forgetFormDraft, keepFormDraft, readFormDraft } from './formDrafts';
export { hereOn, markHere } from './here';
export {
  useCurrentPlan,
  useCurrentPlanSingleton,
  useFirstRecordsByDay,
  useMediaUrl,
  useMediaUrls,
  usePlanChoices,
  usePendingCount,
  useRecord,
  useRecords,
  useSettings,
} from './hooks';
export {
  useClientId,
  useConflicts,
  useOldestPending,
  useRejected,
  useStoppedSharing,
  useWriter,
} from './statusHooks';
export { getWriters, writerOf, type Writer, type Writers } from './writers';
export type { OutboxEntry, Plan, StoredConflict, StoredMedia, StoredRecord } from './types';
