// Claiming a plan: the plan a person started on their tablet before they had an account becomes
// their account's plan, under the same id, so everything typed before sign-in reaches the server.
import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit';
import { nowIso, toJson } from '../store/json';
import type { Database } from '../store/schema';

export type ClaimResult = 'created' | 'yours' | 'forbidden';

/** Every scope: the owner of a plan may see and change all of it. */
export const OWNER_SCOPES = ['all'];

export async function claimPlan(
  db: Kysely<Database>,
  userId: string,
  planId: string,
): Promise<ClaimResult> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const inserted = await trx
      .insertInto('plans')
      .values({ id: planId, owner_user_id: userId, version: 0, created_at: now, deleted_at: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      await trx
        .insertInto('plan_members')
        .values({
          plan_id: planId,
          user_id: userId,
          role: 'owner',
          scopes: toJson(OWNER_SCOPES),
          status: 'active',
          invited_by: null,
          consented_at: now,
          created_at: now,
          revoked_at: null,
          revoked_by: null,
        })
        .execute();
      await audit(trx, { actor: userId, planId, action: 'plan.claimed' });
      return 'created';
    }
    const member = await trx
      .selectFrom('plan_members')
      .select('status')
      .where('plan_id', '=', planId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return member?.status === 'active' ? 'yours' : 'forbidden';
  });
}

/**
 * The plan's next version, taken inside the writing transaction (after liveMemberships locked the
 * plan): every push and every new photo or recording is one version, so devices pull it.
 */
export async function nextVersion(trx: Transaction<Database>, planId: string): Promise<number> {
  const row = await trx
    .updateTable('plans')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', planId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}
