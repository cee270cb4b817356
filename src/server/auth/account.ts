import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Account } from '../../shared/auth';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';
import { liveMemberships } from '../protocol/members';

/** What a signed-in device is told about its account. */
export async function accountOf(db: Kysely<Database>, userId: string): Promise<Account> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const passkeys = await db
    .selectFrom('credentials')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const members = await liveMemberships(db, userId);
  const plans = [...members.values()]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((m) => ({ id: m.planId, role: m.role }));
  return {
    userId: user.id,
    email: user.email,
    name: user.display_name,
    passkeys: Number(passkeys.n),
    plans,
  };
}

/** The account for an email address, made the first time that address signs in. */
export async function userForEmail(db: Kysely<Database>, email: string): Promise<string> {
  await db
    .insertInto('users')
    .values({ id: randomUUID(), email, display_name: null, created_at: nowIso() })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}
