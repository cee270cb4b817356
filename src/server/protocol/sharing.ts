// The person manages who shares their plan: the list of members, what each may see and do, and
// stopping sharing. Only the plan's owner may; every change is audited (who and what, never
// content). Push, pull and media read the result live on their next request (members.ts).
import type { Role } from '../../shared/protocol';
import { parsePermissions, type Permission } from '../../shared/sharing';
import { audit } from '../audit';
import type { Store } from '../store/database';
import { fromJson, nowIso, toJson } from '../store/json';
import { liveMembership } from './members';

export interface MemberInfo {
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  permissions: Permission[];
  status: 'invited' | 'pending' | 'active' | 'revoked';
}

function scopes(raw: string): Permission[] {
  try {
    return parsePermissions(fromJson<unknown>(raw));
  } catch {
    return [];
  }
}

/** The plan's members, or undefined when this user is not its owner now. */
export async function listMembers(
  store: Store,
  userId: string,
  planId: string,
): Promise<MemberInfo[] | undefined> {
  if ((await liveMembership(store.db, userId, planId))?.role !== 'owner') return undefined;
  const rows = await store.db
    .selectFrom('plan_members')
    .innerJoin('users', 'users.id', 'plan_members.user_id')
    .select([
      'plan_members.user_id',
      'users.display_name',
      'users.email',
      'plan_members.role',
      'plan_members.scopes',
      'plan_members.status',
    ])
    .where('plan_members.plan_id', '=', planId)
    .orderBy('plan_members.created_at')
    .orderBy('plan_members.user_id')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.display_name,
    email: r.email,
    role: r.role,
    permissions: scopes(r.scopes),
    status: r.status,
  }));
}

export type ChangeResult = 'changed' | 'forbidden' | 'not_found';
export type MemberChange =
  { kind: 'update'; role?: Exclude<Role, 'owner'>; permissions?: Permission[] } | { kind: 'stop' };

/** Changes one member's role or permissions, or stops sharing with them. Never the owner's own. */
export async function changeMember(
  store: Store,
  userId: string,
  planId: string,
  memberId: string,
  change: MemberChange,
): Promise<ChangeResult> {
  return store.db.transaction().execute(async (trx) => {
    const me = await liveMembership(trx, userId, planId, store.dialect);
    if (me?.role !== 'owner') return 'forbidden';
    const row = await trx
      .selectFrom('plan_members')
      .select(['role', 'status'])
      .where('plan_id', '=', planId)
      .where('user_id', '=', memberId)
      .executeTakeFirst();
    if (!row || row.role === 'owner' || row.status === 'revoked') return 'not_found';
    const now = nowIso();
    if (change.kind === 'stop') {
      await trx
        .updateTable('plan_members')
        .set({ status: 'revoked', revoked_at: now, revoked_by: userId })
        .where('plan_id', '=', planId)
        .where('user_id', '=', memberId)
        .execute();
      await audit(trx, { actor: userId, planId, action: 'sharing.stopped', target: memberId });
      return 'changed';
    }
    const set: { role?: Exclude<Role, 'owner'>; scopes?: string } = {};
    if (change.role) set.role = change.role;
    if (change.permissions) set.scopes = toJson(change.permissions);
    await trx
      .updateTable('plan_members')
      .set(set)
      .where('plan_id', '=', planId)
      .where('user_id', '=', memberId)
      .execute();
    await audit(trx, {
      actor: userId,
      planId,
      action: 'sharing.changed',
      target: memberId,
      details: {
        role: change.role ?? row.role,
        permissions: change.permissions ? change.permissions.join(',') : null,
      },
    });
    return 'changed';
  });
}
