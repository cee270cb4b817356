import { uuidv7 } from '../shared/ids';
import { db, type MyReviewDb } from './db';

let cache = new WeakMap<MyReviewDb, string>();

/** This device's id in the sync protocol. Made once; the server binds it to an account. */
export async function getClientId(d: MyReviewDb = db()): Promise<string> {
  const cached = cache.get(d);
  if (cached) return cached;
  const row = await d.meta.get('clientId');
  if (typeof row?.value === 'string') {
    cache.set(d, row.value);
    return row.value;
  }
  // add() not put(): if another tab made one at the same moment, theirs wins and we read it back.
  await d.meta.add({ key: 'clientId', value: uuidv7() }).catch(() => undefined);
  const again = (await d.meta.get('clientId'))?.value as string;
  cache.set(d, again);
  return again;
}

/**
 * A new device id, when another account signs in on this device: the server binds an id to the
 * account that first used it, so the next account needs an id of its own.
 */
export async function rotateClientId(d: MyReviewDb = db()): Promise<string> {
  const id = uuidv7();
  await d.meta.put({ key: 'clientId', value: id });
  cache.set(d, id);
  return id;
}

/** Tests start each case with a fresh database and so a fresh device id. */
export function forgetClientIds(): void {
  cache = new WeakMap();
}

export async function getMeta<T>(key: string, d: MyReviewDb = db()): Promise<T | undefined> {
  return (await d.meta.get(key))?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown, d: MyReviewDb = db()): Promise<void> {
  await d.meta.put({ key, value });
}

/** Someone who stopped sharing their plan with this person: told once, until they read it. */
export interface StoppedSharing {
  planId: string;
  /** The person's name, as their plan said ("" if it had none). */
  name: string;
  /**
   * Why it went: sharing stopped (absent, as older devices stored it), the plan's owner deleted
   * it ('erased'), or this person's own account was deleted on another device ('accountErased').
   */
  reason?: 'erased' | 'accountErased';
}
const STOPPED_SHARING_KEY = 'stoppedSharing';

export async function listStoppedSharing(d: MyReviewDb = db()): Promise<StoppedSharing[]> {
  return (await getMeta<StoppedSharing[]>(STOPPED_SHARING_KEY, d)) ?? [];
}

export async function noteStoppedSharing(d: MyReviewDb, told: StoppedSharing): Promise<void> {
  const list = (await listStoppedSharing(d)).filter((s) => s.planId !== told.planId);
  await d.meta.put({ key: STOPPED_SHARING_KEY, value: [...list, told] });
}

export async function dismissStoppedSharing(planId: string, d: MyReviewDb = db()): Promise<void> {
  const list = (await listStoppedSharing(d)).filter((s) => s.planId !== planId);
  await d.meta.put({ key: STOPPED_SHARING_KEY, value: list });
}
