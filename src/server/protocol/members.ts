// Who may see and change a plan, read live on every request (never from a token), so a change of
// membership applies from the very next request (sync-reliability.md §4.7).
import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../shared/protocol';
import type { Database } from '../store/schema';

export interface Membership {
  planId: string;
  role: Role;
  version: number;
}

type Db = Kysely<Database> | Transaction<Database>;

/** The active memberships of a user, optionally only for some plans. */
export async function liveMemberships(
  db: Db,
  userId: string,
  planIds?: string[],
): Promise<Map<string, Membership>> {
  if (planIds && planIds.length === 0) return new Map();
  let q = db
    .selectFrom('plan_members')
    .innerJoin('plans', 'plans.id', 'plan_members.plan_id')
    .select(['plan_members.plan_id as planId', 'plan_members.role as role', 'plans.version'])
    .where('plan_members.user_id', '=', userId)
    .where('plan_members.status', '=', 'active')
    .where('plans.deleted_at', 'is', null);
  if (planIds) q = q.where('plan_members.plan_id', 'in', planIds);
  const rows = await q.orderBy('plan_members.plan_id').execute();
  return new Map(rows.map((r) => [r.planId, r]));
}

/**
 * Whether a member may change the plan. Viewers (e.g. the review's chair) only read. Finer scopes
 * per record type (see my answers, help write my answers…) come with sharing.
 */
export function canWrite(member: Membership): boolean {
  return member.role !== 'viewer';
}
