// A device's client id is bound to the account that first synced with it. Another account using
// the same id is refused: exactly-once is keyed by (client id, mutation id), so a borrowed client
// id must never replay, or read the results of, someone else's changes.
import type { Kysely } from 'kysely';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';

const HOUR = 60 * 60 * 1000;

/**
 * A binding never changes once made, so a server may remember the ones it has seen (a true fact
 * stays true on every server behind a load balancer): most requests then skip a query.
 */
const knownBy = new WeakMap<Kysely<Database>, Map<string, { userId: string; seen: number }>>();
const KNOWN_MAX = 10_000;

export async function bindClient(
  db: Kysely<Database>,
  clientId: string,
  userId: string,
  label: string | null,
): Promise<boolean> {
  let known = knownBy.get(db);
  if (!known) knownBy.set(db, (known = new Map()));
  const hit = known.get(clientId);
  if (hit && Date.now() - hit.seen < HOUR) return hit.userId === userId;
  const bound = await bindFromDatabase(db, clientId, userId, label);
  if (bound) {
    if (known.size >= KNOWN_MAX) known.delete(known.keys().next().value!);
    known.set(clientId, { userId, seen: Date.now() });
  }
  return bound;
}

async function bindFromDatabase(
  db: Kysely<Database>,
  clientId: string,
  userId: string,
  label: string | null,
): Promise<boolean> {
  const row = await db
    .selectFrom('clients')
    .select(['user_id', 'last_seen_at'])
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (row) {
    if (row.user_id !== userId) return false;
    if (Date.now() - Date.parse(row.last_seen_at) > HOUR) {
      await db
        .updateTable('clients')
        .set({ last_seen_at: nowIso(), ...(label ? { label } : {}) })
        .where('id', '=', clientId)
        .execute();
    }
    return true;
  }
  const now = nowIso();
  await db
    .insertInto('clients')
    .values({ id: clientId, user_id: userId, label, created_at: now, last_seen_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const bound = await db
    .selectFrom('clients')
    .select('user_id')
    .where('id', '=', clientId)
    .executeTakeFirst();
  return bound?.user_id === userId;
}
