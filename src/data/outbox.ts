// The read side of the outbox: what is waiting to reach the server. Writes to it happen only in
// records.ts, inside the same transaction as the record change.
import { db, type MyReviewDb } from './db';
import type { OutboxEntry } from './types';

export async function countPending(d: MyReviewDb = db()): Promise<number> {
  return d.outbox.where('status').equals('pending').count();
}

/** Changes of one plan still waiting to reach the server. */
export async function countPendingIn(planId: string, d: MyReviewDb = db()): Promise<number> {
  return d.outbox
    .where('planId')
    .equals(planId)
    .filter((e) => e.status === 'pending')
    .count();
}

/** When the oldest waiting change was made (a label), or undefined when nothing waits. */
export async function oldestPendingTime(d: MyReviewDb = db()): Promise<string | undefined> {
  const first = await d.outbox.orderBy('seq').filter((e) => e.status === 'pending').first();
  return first?.clientTime;
}

/** Changes the server refused, with the reason: kept and shown, never dropped silently. */
export async function listRejected(d: MyReviewDb = db()): Promise<OutboxEntry[]> {
  return d.outbox.where('status').equals('rejected').toArray();
}

/** The person has read about a refused change and lets it go. */
export async function dismissRejected(seq: number, d: MyReviewDb = db()): Promise<void> {
  await d.outbox.where('seq').equals(seq).and((e) => e.status === 'rejected').delete();
}
