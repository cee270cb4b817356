// "Who has seen and changed my plan": the owner's view of the audit log. The log itself is
// append-only (the database refuses UPDATE and DELETE); this only reads it, and turns each event
// into a plain line: who joined, left or was removed, who looked, who changed which areas. Never
// what anyone wrote: the log holds no content, only areas and counts.
import type { Kysely, Transaction } from 'kysely';
import { AREAS, type Area } from '../../shared/models/model';
import type { AuditEntry, AuditKind, PlanInfo, Role } from '../../shared/protocol';
import { audit } from '../audit';
import { fromJson } from '../store/json';
import type { Database } from '../store/schema';

type Db = Kysely<Database> | Transaction<Database>;

export const LOOKED = 'plan.looked';
/** The most lines the page shows: the latest first. */
export const AUDIT_LINES = 200;

/** Events by action name; the person's own join is the plan being claimed. */
const KINDS: Record<string, AuditKind> = {
  'plan.claimed': 'joined',
  'member.joined': 'joined',
  'member.confirmed': 'joined',
  'member.left': 'left',
  'member.removed': 'removed',
  'member.revoked': 'removed',
  [LOOKED]: 'looked',
  'sync.push': 'changed',
  'media.added': 'changed',
  'delivery.sent': 'sent',
  'delivery.opened': 'opened',
};
/** Sending to a professional and their opening it: one line per delivery, naming them. */
const ABOUT_DELIVERY = new Set(['delivery.sent', 'delivery.opened']);
/** Events that are about another member (the target), not the one who did it. */
const ABOUT_TARGET = new Set(['member.removed', 'member.revoked', 'member.confirmed']);

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A member (not the owner) who pulled looked at the plan: one line per member, plan and day.
 * Written after the pull, apart from it, so a failed note never fails a pull.
 */
export async function noteLooked(db: Db, userId: string, plans: PlanInfo[]): Promise<void> {
  const day = today();
  for (const plan of plans) {
    if (plan.role === 'owner') continue;
    const seen = await db
      .selectFrom('audit_log')
      .select('id')
      .where('plan_id', '=', plan.id)
      .where('actor_user_id', '=', userId)
      .where('action', '=', LOOKED)
      .where('at', '>=', day)
      .executeTakeFirst();
    if (!seen) await audit(db, { actor: userId, planId: plan.id, action: LOOKED });
  }
}

function areasOf(action: string, details: Record<string, unknown>): Area[] {
  if (action === 'media.added') return ['photosAndRecordings'];
  const named = typeof details.areas === 'string' ? details.areas.split(',') : [];
  return AREAS.filter((a) => named.includes(a));
}

/** The plan's audit as lines, latest first; repeated events of one person on one day are one line. */
export async function planAudit(db: Db, planId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['at', 'actor_user_id', 'action', 'target', 'details'])
    .where('plan_id', '=', planId)
    .where('action', 'in', Object.keys(KINDS))
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(AUDIT_LINES * 5)
    .execute();
  const people = await db
    .selectFrom('users')
    .leftJoin('plan_members', (join) =>
      join.onRef('plan_members.user_id', '=', 'users.id').on('plan_members.plan_id', '=', planId),
    )
    .select(['users.id', 'users.display_name', 'plan_members.role'])
    .where('users.id', 'in', [
      '',
      ...new Set(rows.flatMap((r) => [r.actor_user_id ?? '', r.target ?? ''])),
    ])
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  const deliveryIds = rows.filter((r) => ABOUT_DELIVERY.has(r.action)).map((r) => r.target ?? '');
  const sent = deliveryIds.length
    ? await db
        .selectFrom('deliveries')
        .select(['id', 'item', 'to_name', 'to_role'])
        .where('plan_id', '=', planId)
        .where('id', 'in', deliveryIds)
        .execute()
    : [];
  const deliveries = new Map(sent.map((d) => [d.id, d]));

  const lines = new Map<string, AuditEntry>();
  for (const row of rows) {
    const kind = KINDS[row.action]!;
    const userId = ABOUT_TARGET.has(row.action) ? row.target : row.actor_user_id;
    if (!userId) continue;
    const person = byId.get(userId);
    const day = row.at.slice(0, 10);
    const delivery = ABOUT_DELIVERY.has(row.action) ? deliveries.get(row.target ?? '') : undefined;
    if (ABOUT_DELIVERY.has(row.action) && !delivery) continue;
    const key = `${day}|${userId}|${kind}|${delivery?.id ?? ''}`;
    const areas = areasOf(row.action, fromJson<Record<string, unknown>>(row.details) ?? {});
    const line = lines.get(key);
    if (line) {
      line.areas = AREAS.filter((a) => line.areas.includes(a) || areas.includes(a));
      continue;
    }
    if (lines.size >= AUDIT_LINES) continue;
    lines.set(key, {
      day,
      at: row.at,
      kind,
      who: {
        userId,
        name: person?.display_name ?? null,
        role: (person?.role as Role | null | undefined) ?? null,
      },
      areas,
      ...(delivery
        ? { delivery: { item: delivery.item, toName: delivery.to_name, toRole: delivery.to_role } }
        : {}),
    });
  }
  return [...lines.values()];
}
