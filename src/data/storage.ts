// The tablet's storage: asking the browser to keep our data, showing how much is used, and
// recognising a full disk so the person hears it plainly instead of losing work silently.
import { db } from './db';
import { databaseNotices } from './notices';

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('This tablet is full.', { cause });
    this.name = 'StorageFullError';
  }
}

export class SaveFailedError extends Error {
  constructor(cause: unknown) {
    super('This could not be saved.', { cause });
    this.name = 'SaveFailedError';
  }
}

/** Dexie wraps a full disk as AbortError with the QuotaExceededError inside (Dexie #776, #1793). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const err = e as { name?: string; inner?: unknown; cause?: unknown };
    if (err.name === 'QuotaExceededError') return true;
    e = err.inner ?? err.cause;
  }
  return false;
}

/** Runs a write; turns a failure into an error the app can explain, and records the notice. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    const n = databaseNotices.get();
    if (n.storageFull || n.saveFailed)
      databaseNotices.set({ ...n, storageFull: false, saveFailed: false });
    return result;
  } catch (error) {
    if (isQuotaError(error)) {
      databaseNotices.set((n) => ({ ...n, storageFull: true }));
      throw new StorageFullError(error);
    }
    databaseNotices.set((n) => ({ ...n, saveFailed: true }));
    throw new SaveFailedError(error);
  }
}

const PERSIST_KEY = 'persistAsked';

/**
 * Asks the browser not to clear our data when space runs low. Asked once, after the first
 * meaningful save (browsers may refuse a request with no engagement). The answer is only
 * recorded: nothing depends on it, because some browsers say no silently (P2).
 */
export async function requestPersistenceOnce(): Promise<void> {
  const asked = await db().meta.get(PERSIST_KEY);
  if (asked) return;
  let granted = false;
  try {
    granted = (await navigator.storage?.persist?.()) ?? false;
  } catch {
    granted = false;
  }
  await db().meta.put({ key: PERSIST_KEY, value: { granted, at: new Date().toISOString() } });
}

export interface StorageUse {
  usedBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

export async function storageUse(): Promise<StorageUse> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => undefined),
    storage?.persisted?.().catch(() => null),
  ]);
  return {
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    persisted: persisted ?? null,
  };
}

/** How many bytes the photos, recordings and files kept on this tablet take, by kind. */
export interface MediaUse {
  /** Photos and drawings. */
  photos: number;
  recordings: number;
  /** Documents (a letter, a report). */
  files: number;
}

/** Adds up the stored sizes by kind from the [mime+size] index: no photo is read. */
export async function mediaUse(): Promise<MediaUse> {
  const use: MediaUse = { photos: 0, recordings: 0, files: 0 };
  const keys = (await db().media.orderBy('[mime+size]').keys()) as unknown as [string, number][];
  for (const [mime, size] of keys) {
    if (typeof size !== 'number') continue;
    if (mime.startsWith('image/')) use.photos += size;
    else if (mime.startsWith('audio/')) use.recordings += size;
    else use.files += size;
  }
  return use;
}
