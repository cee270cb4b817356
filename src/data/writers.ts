// Who wrote a plan's records: the names and roles the server sends with each pull page (records
// carry only the writing account's id, `updatedBy`). Kept per plan on the device, so "Alex
// (supporter) wrote this" shows offline too. A record written on this device carries the device's
// id instead, which is never in this list: that is the person holding the device.
import type { PageAuthor } from '../shared/protocol';
import { db, type MyReviewDb } from './db';
import type { Plan, StoredRecord } from './types';

export type Writers = Record<string, { name: string | null; role: PageAuthor['role'] }>;

const key = (planId: string) => `writers:${planId}`;

export async function getWriters(planId: string, d: MyReviewDb = db()): Promise<Writers> {
  return ((await d.meta.get(key(planId)))?.value as Writers | undefined) ?? {};
}

/** Adds a pull page's writers; runs inside the sync's transaction (meta must be in it). */
export async function rememberWriters(
  d: MyReviewDb,
  planId: string,
  authors: readonly PageAuthor[],
): Promise<void> {
  if (!authors.length) return;
  const known = await getWriters(planId, d);
  for (const a of authors) known[a.userId] = { name: a.name, role: a.role };
  await d.meta.put({ key: key(planId), value: known });
}

export async function forgetWriters(d: MyReviewDb, planId: string): Promise<void> {
  await d.meta.delete(key(planId));
}

/** Whose words a record is, as the screens say it. */
export type Writer =
  | { kind: 'you' }
  | { kind: 'someone'; name: string | null; role: PageAuthor['role'] };

/**
 * Who last wrote this record, or undefined when there is nothing worth saying: a plan nobody else
 * has written in (the person alone with their plan sees no "You wrote this" everywhere).
 */
export function writerOf(
  record: Pick<StoredRecord, 'updatedBy'>,
  plan: Pick<Plan, 'role' | 'userId'>,
  writers: Writers,
): Writer | undefined {
  const others = Object.keys(writers).some((id) => id !== plan.userId);
  const shared = plan.role !== 'owner' || others;
  const known = writers[record.updatedBy];
  if (!known || record.updatedBy === plan.userId) return shared ? { kind: 'you' } : undefined;
  return { kind: 'someone', name: known.name, role: known.role };
}
