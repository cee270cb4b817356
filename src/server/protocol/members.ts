// Who may see and change a plan, read live on every request (never from a token), so a change of
// membership applies from the very next request (sync-reliability.md §4.7). Push, pull, media and
// the account all ask here, so "a live member" means the same everywhere: an active membership of
// a plan that has not been deleted.
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../shared/protocol';
import { parsePermissions, type Access, type Permission } from '../../shared/sharing';
import { fromJson } from '../store/json';
import type { Dialect } from '../store/migrations';
import type { Database } from '../store/schema';

export interface Membership extends Access {
  planId: string;
  role: Role;
  /** What the person lets this member see and do (plan_members.scopes), read live. */
  permissions: Permission[];
  /** The plan's version when read (under the lock, when one was taken). */
  version: number;
  /** When the plan was made: the account lists plans oldest first. */
  createdAt: string;
}

type Db = Kysely<Database> | Transaction<Database>;

export interface MembershipQuery {
  /** Only these plans (absent: every plan of the user). */
  planIds?: string[];
  /**
   * Inside a transaction that will write to these plans: lock each plan's row first, in id order.
   * On PostgreSQL the row lock orders concurrent writers, so commit order is version order and a
   * pull by version never skips a row; SQLite runs one writing transaction at a time anyway.
   */
  lock?: Dialect;
}

/** The user's live memberships, by plan id. */
export async function liveMemberships(
  db: Db,
  userId: string,
  { planIds, lock }: MembershipQuery = {},
): Promise<Map<string, Membership>> {
  if (planIds && planIds.length === 0) return new Map();
  if (lock === 'postgres') {
    // One plan at a time in id order, so two pushes naming the same plans cannot deadlock.
    for (const id of [...(planIds ?? [])].sort())
      await db.selectFrom('plans').select('id').where('id', '=', id).forUpdate().execute();
  }
  let q = db
    .selectFrom('plan_members')
    .innerJoin('plans', 'plans.id', 'plan_members.plan_id')
    .select([
      'plan_members.plan_id as planId',
      'plan_members.role as role',
      'plan_members.scopes as scopes',
      'plans.version',
      'plans.created_at as createdAt',
    ])
    .where('plan_members.user_id', '=', userId)
    .where('plan_members.status', '=', 'active')
    .where('plans.deleted_at', 'is', null);
  if (planIds) q = q.where('plan_members.plan_id', 'in', planIds);
  const rows = await q.orderBy('plan_members.plan_id').execute();
  return new Map(
    rows.map(({ scopes, ...r }) => [r.planId, { ...r, permissions: readScopes(scopes) }]),
  );
}

/** Stored scopes; a row an older version wrote (not JSON, or old names) opens nothing. */
function readScopes(raw: string): Permission[] {
  try {
    return parsePermissions(fromJson<unknown>(raw));
  } catch {
    return [];
  }
}

/** Whether this user is a live member of this plan: the membership, or undefined. */
export async function liveMembership(
  db: Db,
  userId: string,
  planId: string,
  lock?: Dialect,
): Promise<Membership | undefined> {
  return (await liveMemberships(db, userId, { planIds: [planId], lock })).get(planId);
}
