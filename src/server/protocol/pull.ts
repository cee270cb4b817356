// Pull: the changes of every plan the account can see, in (version, id) order, a page at a time.
// Versions are taken under the plan's row lock inside the push transaction, so commit order is
// version order and reading `version > checkpoint` never skips a row (P14). A page reports a
// checkpoint only up to the last version it has sent completely.
import type { Transaction } from 'kysely';
import type {
  Author,
  Conflict,
  ConflictKind,
  Cursor,
  PullPage,
  PullRequest,
  PullResponse,
  ServerRecord,
} from '../../shared/protocol';
import type { FieldValue, RecordType } from '../../shared/records';
import type { Store } from '../store/database';
import { inChunks, inList } from '../store/inList';
import { fromJson } from '../store/json';
import type { Dialect } from '../store/migrations';
import type { ConflictsTable, Database, RecordsTable } from '../store/schema';
import { liveMemberships, type Membership } from './members';
import { withAuthors } from './pullAuthors';
import { publicRevs, type FieldRev } from './records';
import { MODELS } from '../../shared/models';
import { canRead, mediaFieldsOf, mediaOf, PERMISSIONS } from '../../shared/sharing';

type Trx = Transaction<Database>;
export const DEFAULT_PULL_LIMIT = 500;

async function authors(trx: Trx, dialect: Dialect, conflicts: ConflictsTable[]) {
  const clientIds = [
    ...new Set(conflicts.flatMap((c) => [c.kept_client_id, c.other_client_id])),
  ].filter(Boolean);
  const userIds = [...new Set(conflicts.flatMap((c) => [c.kept_user_id, c.other_user_id]))].filter(
    (u): u is string => !!u,
  );
  const clients = await inChunks(clientIds, (some) =>
    trx
      .selectFrom('clients')
      .select(['id', 'label'])
      .where(inList(dialect, 'id', some))
      .execute(),
  );
  const users = await inChunks(userIds, (some) =>
    trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where(inList(dialect, 'id', some))
      .execute(),
  );
  const device = new Map(clients.map((c) => [c.id, c.label]));
  const name = new Map(users.map((u) => [u.id, u.display_name]));
  return (userId: string | null, clientId: string, at: string): Author => ({
    name: (userId && name.get(userId)) || null,
    clientId,
    device: device.get(clientId) ?? null,
    at,
  });
}

function toConflict(c: ConflictsTable, who: Awaited<ReturnType<typeof authors>>): Conflict {
  const whole = c.field === '*';
  const other = fromJson<FieldValue | Record<string, FieldValue>>(c.other_value);
  return {
    id: c.id,
    recordId: c.record_id,
    field: c.field,
    kind: c.kind as ConflictKind,
    kept: {
      ...who(c.kept_user_id, c.kept_client_id, c.kept_client_time),
      value: fromJson<FieldValue>(c.kept_value),
    },
    other: {
      ...who(c.other_user_id, c.other_client_id, c.other_client_time),
      value: whole ? null : (other as FieldValue),
      ...(whole && other && typeof other === 'object'
        ? { fields: other as Record<string, FieldValue> }
        : {}),
    },
  };
}

async function readPage(
  trx: Trx,
  dialect: Dialect,
  plan: Membership,
  from: { checkpoint: number; cursor?: Cursor },
  budget: number,
): Promise<PullPage> {
  // A device ahead of the server (the database was restored from a backup) starts again.
  const checkpoint = from.checkpoint > plan.version ? 0 : from.checkpoint;
  const cursor = from.checkpoint > plan.version ? undefined : from.cursor;
  let q = trx.selectFrom('records').selectAll().where('plan_id', '=', plan.planId);
  q = cursor
    ? q.where((eb) =>
        eb.or([
          eb('version', '>', cursor.version),
          eb.and([eb('version', '=', cursor.version), eb('id', '>', cursor.id)]),
        ]),
      )
    : q.where('version', '>', checkpoint);
  const page: RecordsTable[] = await q.orderBy('version').orderBy('id').limit(budget).execute();
  const last = page.at(-1);
  const full = page.length === budget && !!last;
  // What this member may see (src/shared/sharing.ts). A record they may not see is left out; a
  // device that may hold an older copy (it has synced this plan before) is told to drop it.
  const mayHold = checkpoint > 0 || !!cursor;
  // Each row's data is parsed once, here, and reused for the answer.
  const parsed = page.map((r) => ({ r, data: fromJson<Record<string, unknown>>(r.data) }));
  const shown = parsed.filter(({ r, data }) => canRead(plan, r.type as RecordType, data));
  const rows = shown.map((x) => x.r);
  const shownSet = new Set(rows);
  const hidden = mayHold ? page.filter((r) => !shownSet.has(r)) : [];
  // A full page may have stopped inside a version: only the versions before it are complete.
  const reached = full ? Math.max(checkpoint, last.version - 1) : plan.version;

  const ids = rows.map((r) => r.id);
  const conflictRows = await inChunks(ids, (some) =>
    trx
      .selectFrom('conflicts')
      .selectAll()
      .where('plan_id', '=', plan.planId)
      .where(inList(dialect, 'record_id', some))
      .where('resolved_at', 'is', null)
      .orderBy('created_version')
      .orderBy('id')
      .execute(),
  );
  const who = await authors(trx, dialect, conflictRows);
  const byRecord = new Map<string, Conflict[]>();
  for (const c of conflictRows) {
    const list = byRecord.get(c.record_id) ?? [];
    list.push(toConflict(c, who));
    byRecord.set(c.record_id, list);
  }

  const allMedia = await trx
    .selectFrom('plan_media')
    .innerJoin('media', 'media.sha256', 'plan_media.sha256')
    .select(['media.sha256', 'media.mime', 'media.size'])
    .where('plan_media.plan_id', '=', plan.planId)
    .where('plan_media.version', '>', checkpoint)
    .where('plan_media.version', '<=', reached)
    .execute();
  // Only a page that names photos or recordings needs to know which of them this member may see.
  const visible =
    plan.role === 'owner' || allMedia.length === 0 ? undefined : await visibleMedia(trx, plan);
  const media = visible ? allMedia.filter((m) => visible.has(m.sha256)) : allMedia;

  return {
    planId: plan.planId,
    records: shown
      .map(({ r, data }): ServerRecord => ({
        id: r.id,
        type: r.type as RecordType,
        data: data as ServerRecord['data'],
        rev: publicRevs(fromJson<Record<string, FieldRev>>(r.field_revs)),
        deleted: r.deleted === 1,
        version: r.version,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
        conflicts: byRecord.get(r.id) ?? [],
      }))
      .concat(hidden.map(removal)),
    media: media.map((m) => ({ sha256: m.sha256, mime: m.mime, size: m.size })),
    checkpoint: reached,
    cursor: full ? { version: last.version, id: last.id } : null,
  };
}

/** A record this member may no longer see: only its id, so the device drops its copy. */
function removal(r: RecordsTable): ServerRecord {
  return {
    id: r.id,
    type: r.type as RecordType,
    data: {},
    rev: {},
    deleted: true,
    version: r.version,
    createdAt: HIDDEN_AT,
    updatedAt: HIDDEN_AT,
    updatedBy: '',
    conflicts: [],
    hidden: true,
  };
}
const HIDDEN_AT = new Date(0).toISOString();

/** Record types that can refer to a photo or recording (their models have a media field). */
const MEDIA_TYPES = (Object.keys(MODELS) as RecordType[]).filter((t) => mediaFieldsOf(t).length);

/**
 * The photos and recordings a member may see: those referred to by records they may see. Only
 * the types that can hold one are read, and of those only the types this member may see (for a
 * viewer, any: what they see rests on each record's "for the panel" mark).
 */
async function visibleMedia(trx: Trx, plan: Membership): Promise<Set<string>> {
  const types = MEDIA_TYPES.filter((t) => plan.role === 'viewer' || canRead(plan, t, {}));
  if (types.length === 0) return new Set();
  const rows = await trx
    .selectFrom('records')
    .select(['type', 'data'])
    .where('plan_id', '=', plan.planId)
    .where('deleted', '=', 0)
    .where('type', 'in', types)
    .execute();
  const out = new Set<string>();
  for (const r of rows) {
    const type = r.type as RecordType;
    const data = fromJson<Record<string, unknown>>(r.data);
    if (canRead(plan, type, data)) for (const sha of mediaOf(type, data)) out.add(sha);
  }
  return out;
}

export async function pull(store: Store, userId: string, req: PullRequest): Promise<PullResponse> {
  const run = async (trx: Trx): Promise<PullResponse> => {
    const members = await liveMemberships(trx, userId);
    const revokedPlans = Object.keys(req.plans).filter((id) => !members.has(id));
    const erased =
      revokedPlans.length === 0
        ? []
        : await trx
            .selectFrom('erased_plans')
            .select('plan_id')
            .where('plan_id', 'in', revokedPlans)
            .execute();
    let budget = req.limit ?? DEFAULT_PULL_LIMIT;
    const pages: PullPage[] = [];
    let more = false;
    for (const plan of members.values()) {
      const from = req.plans[plan.planId] ?? { checkpoint: 0 };
      if (!from.cursor && from.checkpoint === plan.version) continue; // nothing new
      if (budget <= 0) {
        more = true;
        break;
      }
      const page = await withAuthors(
        trx,
        store.dialect,
        await readPage(trx, store.dialect, plan, from, budget),
      );
      budget -= page.records.length;
      if (page.cursor) more = true;
      pages.push(page);
    }
    return {
      plans: [...members.values()].map((m) => ({
        id: m.planId,
        role: m.role,
        version: m.version,
        // The person may do everything in their own plan, whatever the row says.
        permissions: m.role === 'owner' ? [...PERMISSIONS] : m.permissions,
      })),
      revokedPlans,
      erasedPlans: erased.map((r) => r.plan_id),
      pages,
      more,
    };
  };
  // One consistent snapshot for the whole answer, so records, conflicts and the plan version agree.
  return store.dialect === 'postgres'
    ? store.db.transaction().setIsolationLevel('repeatable read').execute(run)
    : store.db.transaction().execute(run);
}
