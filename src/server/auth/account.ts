import type { Kysely } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Account } from '../../shared/auth';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';

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
  const plans = await db
    .selectFrom('plan_members')
    .innerJoin('plans', 'plans.id', 'plan_members.plan_id')
    .select(['plan_members.plan_id as id', 'plan_members.role as role'])
    .where('plan_members.user_id', '=', userId)
    .where('plan_members.status', '=', 'active')
    .where('plans.deleted_at', 'is', null)
    .orderBy('plans.created_at')
    .execute();
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
