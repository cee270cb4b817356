// Erasing an account (issue 12 item 3, UK GDPR's right to erasure): the person's own plans and
// everything in them, their memberships of other people's plans, their sign-ins, devices and
// passkeys, and their account — in one transaction, so it happens entirely or not at all. What is
// kept: erased_plans (the plans' random ids and when, so other devices learn to delete their
// copies) and one audit line per plan saying an erasure happened, with no person in it.
// In other people's plans the person's id stays on what they wrote there (that writing is the
// other plan's), but it no longer leads to anyone: the account row, email and passkeys are gone.
import type { Transaction } from 'kysely';
import { audit } from '../audit';
import type { Store } from '../store/database';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';

type Trx = Transaction<Database>;

/** Stands in for an erased person where a row that stays must name someone. */
const ERASED = 'erased';

/** Ten minutes: erasing needs a sign-in made just now, not one from last month. */
export const FRESH_SIGN_IN_MS = 10 * 60_000;

export function isFresh(createdAt: string, now = Date.now()): boolean {
  const at = Date.parse(createdAt);
  return Number.isFinite(at) && now - at <= FRESH_SIGN_IN_MS && at <= now + 60_000;
}

async function ownedPlans(trx: Trx, userId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('plans')
    .select('id')
    .where('owner_user_id', '=', userId)
    .execute();
  return rows.map((r) => r.id);
}

/** Deletes the audit rows of these plans, people and invitations (the trigger allows only these). */
async function eraseAudit(trx: Trx, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await trx
    .insertInto('audit_erasing')
    .values(keys.map((key) => ({ key })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await trx
    .deleteFrom('audit_log')
    .where((eb) =>
      eb.or([eb('plan_id', 'in', keys), eb('actor_user_id', 'in', keys), eb('target', 'in', keys)]),
    )
    .execute();
  await trx.deleteFrom('audit_erasing').where('key', 'in', keys).execute();
}

async function erasePlans(trx: Trx, planIds: string[]): Promise<string[]> {
  if (planIds.length === 0) return [];
  const media = await trx
    .selectFrom('plan_media')
    .select('sha256')
    .where('plan_id', 'in', planIds)
    .execute();
  const invitations = await trx
    .selectFrom('plan_invitations')
    .select('id')
    .where('plan_id', 'in', planIds)
    .execute();
  for (const table of [
    'records',
    'record_history',
    'applied_mutations',
    'conflicts',
    'plan_media',
    'plan_invitations',
    'deliveries',
    'member_records',
    'plan_members',
  ] as const) {
    await trx.deleteFrom(table).where('plan_id', 'in', planIds).execute();
  }
  const shas = [...new Set(media.map((m) => m.sha256))];
  if (shas.length > 0) {
    // A photo another plan also holds stays for that plan; the rest goes with the bytes.
    await trx
      .deleteFrom('media')
      .where('sha256', 'in', shas)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('plan_media')
              .select('plan_media.sha256')
              .whereRef('plan_media.sha256', '=', 'media.sha256'),
          ),
        ),
      )
      .execute();
  }
  return invitations.map((i) => i.id);
}

/** The person's traces in other people's plans that point back at the account. */
async function detachFromOtherPlans(trx: Trx, userId: string): Promise<void> {
  await trx.deleteFrom('plan_members').where('user_id', '=', userId).execute();
  await trx.deleteFrom('member_records').where('user_id', '=', userId).execute();
  await trx
    .updateTable('plan_members')
    .set({ invited_by: null })
    .where('invited_by', '=', userId)
    .execute();
  await trx
    .updateTable('plan_members')
    .set({ revoked_by: null })
    .where('revoked_by', '=', userId)
    .execute();
  await trx.deleteFrom('plan_invitations').where('created_by', '=', userId).execute();
  await trx
    .updateTable('plan_invitations')
    .set({ accepted_by: null })
    .where('accepted_by', '=', userId)
    .execute();
  await trx.deleteFrom('applied_mutations').where('user_id', '=', userId).execute();
  await trx.deleteFrom('deliveries').where('sent_by', '=', userId).execute();
  await trx
    .updateTable('deliveries')
    .set({ opened_by: null })
    .where('opened_by', '=', userId)
    .execute();
  // A photo Sam sent first that another plan also holds: it stays, but no longer names Sam.
  await trx
    .updateTable('media')
    .set({ created_by: ERASED })
    .where('created_by', '=', userId)
    .execute();
  await trx
    .updateTable('plan_media')
    .set({ created_by: ERASED })
    .where('created_by', '=', userId)
    .execute();
}

export interface ErasureResult {
  plans: number;
}

export async function eraseAccount(store: Store, userId: string): Promise<ErasureResult> {
  return store.db.transaction().execute(async (trx) => {
    if (store.dialect === 'postgres') {
      // Hold the person's plans against a push landing in the middle of the erasure.
      await trx
        .selectFrom('plans')
        .select('id')
        .where('owner_user_id', '=', userId)
        .forUpdate()
        .execute();
    }
    const user = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) return { plans: 0 };
    const planIds = await ownedPlans(trx, userId);
    const invitationIds = await erasePlans(trx, planIds);
    await detachFromOtherPlans(trx, userId);
    await eraseAudit(trx, [...planIds, ...invitationIds, userId]);
    if (planIds.length > 0) await trx.deleteFrom('plans').where('id', 'in', planIds).execute();

    await trx.deleteFrom('clients').where('user_id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await trx.deleteFrom('credentials').where('user_id', '=', userId).execute();
    await trx.deleteFrom('webauthn_challenges').where('user_id', '=', userId).execute();
    await trx.deleteFrom('email_codes').where('email', '=', user.email).execute();
    await trx.deleteFrom('users').where('id', '=', userId).execute();

    const at = nowIso();
    for (const planId of planIds) {
      await trx.insertInto('erased_plans').values({ plan_id: planId, erased_at: at }).execute();
      // Content-free: no actor, no counts of what was there; only that this plan was erased.
      await audit(trx, { actor: null, planId, action: 'plan.erased' });
    }
    if (planIds.length === 0) await audit(trx, { actor: null, action: 'account.erased' });
    return { plans: planIds.length };
  });
}

/** Whether a plan was erased by its owner (plan ids are random: this says nothing about anyone). */
export async function wasErased(store: Store, planIds: string[]): Promise<Set<string>> {
  if (planIds.length === 0) return new Set();
  const rows = await store.db
    .selectFrom('erased_plans')
    .select('plan_id')
    .where('plan_id', 'in', planIds)
    .execute();
  return new Set(rows.map((r) => r.plan_id));
}

export type LeaveResult = 'left' | 'forbidden' | 'not_found';

/** A member stops being part of someone else's plan, of their own accord. */
export async function leavePlan(
  store: Store,
  userId: string,
  planId: string,
): Promise<LeaveResult> {
  return store.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('plan_members')
      .select(['role', 'status'])
      .where('plan_id', '=', planId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row || row.status === 'revoked') return 'not_found';
    // The owner does not leave their own plan: they delete it (their account's erasure).
    if (row.role === 'owner') return 'forbidden';
    await trx
      .updateTable('plan_members')
      .set({ status: 'revoked', revoked_at: nowIso(), revoked_by: userId })
      .where('plan_id', '=', planId)
      .where('user_id', '=', userId)
      .execute();
    await audit(trx, { actor: userId, planId, action: 'sharing.left', target: userId });
    return 'left';
  });
}
