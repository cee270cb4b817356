// The read side of the outbox: what is waiting to reach the server. Writes to it happen only in
// records.ts, inside the same transaction as the record change.
import { db } from './db';

export async function countPending(): Promise<number> {
  return db().outbox.where('status').equals('pending').count();
}

/** When the oldest waiting change was made (a label), or undefined when nothing waits. */
export async function oldestPendingTime(): Promise<string | undefined> {
  const first = await db().outbox.orderBy('seq').filter((e) => e.status === 'pending').first();
  return first?.clientTime;
}
