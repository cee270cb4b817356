// Who wrote a pull page's records. Records carry `updatedBy` (the writing account, as push stores
// it); the account has a name and, while a member, a role in the plan. One small query per page,
// for the writers in it only, kept apart from what pull filters.
import type { Kysely, Transaction } from 'kysely';
import type { PageAuthor, PullPage } from '../../shared/protocol';
import { inChunks, inList } from '../store/inList';
import type { Dialect } from '../store/migrations';
import type { Database } from '../store/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function pageAuthors(
  db: Db,
  dialect: Dialect,
  planId: string,
  userIds: string[],
): Promise<PageAuthor[]> {
  const ids = [...new Set(userIds)].sort();
  const rows = await inChunks(ids, (some) =>
    db
      .selectFrom('users')
      .leftJoin('plan_members', (join) =>
        join
          .onRef('plan_members.user_id', '=', 'users.id')
          .on('plan_members.plan_id', '=', planId)
          .on('plan_members.status', '=', 'active'),
      )
      .select(['users.id as userId', 'users.display_name as name', 'plan_members.role as role'])
      .where(inList(dialect, 'users.id', some))
      .execute(),
  );
  // The name the person gave when they invited someone ("Alex") is the one they know them by;
  // an account's own name comes second.
  const given = await inChunks(ids, (some) =>
    db
      .selectFrom('plan_invitations')
      .select(['accepted_by as userId', 'name', 'accepted_at'])
      .where('plan_id', '=', planId)
      .where(inList(dialect, 'accepted_by', some))
      .execute(),
  );
  const invitedAs = new Map<string, string>();
  for (const g of given.sort((a, b) => ((a.accepted_at ?? '') < (b.accepted_at ?? '') ? -1 : 1)))
    if (g.userId && g.name) invitedAs.set(g.userId, g.name);
  return rows
    .map((r) => ({
      userId: r.userId,
      name: (r.role && r.role !== 'owner' && invitedAs.get(r.userId)) || r.name || null,
      role: r.role ?? null,
    }))
    .sort((a, b) => (a.userId < b.userId ? -1 : 1));
}

/** The page with its writers added. */
export async function withAuthors(db: Db, dialect: Dialect, page: PullPage): Promise<PullPage> {
  if (page.records.length === 0) return page;
  const authors = await pageAuthors(
    db,
    dialect,
    page.planId,
    page.records.map((r) => r.updatedBy),
  );
  return { ...page, authors };
}
