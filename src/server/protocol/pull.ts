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
import { IN_CHUNK, inChunks, inList } from '../store/inList';
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

/** Rows of a plan after a position, in (version, id) order. */
function rowsAfter(
  trx: Trx,
  planId: string,
  after: { checkpoint: number; cursor?: Cursor },
  limit: number,
): Promise<RecordsTable[]> {
  const { cursor } = after;
  let q = trx.selectFrom('records').selectAll().where('plan_id', '=', planId);
  q = cursor
    ? q.where((eb) =>
        eb.or([
          eb('version', '>', cursor.version),
          eb.and([eb('version', '=', cursor.version), eb('id', '>', cursor.id)]),
        ]),
      )
    : q.where('version', '>', after.checkpoint);
  return q.orderBy('version').orderBy('id').limit(limit).execute();
}

/** A member's scan reads further than one page when rows are hidden from them. */
const SCAN_CHUNK = 500;

interface Scanned {
  row: RecordsTable;
  data: Record<string, unknown>;
  shown: boolean;
}

/**
 * The next rows this member may read, up to the budget, and the hidden rows among them. A page
 * ends at its last row the member may read, so neither its length, its cursor nor where it ends
 * says anything about the rows hidden from them (P-sharing: a first pull reveals nothing).
 */
async function scan(
  trx: Trx,
  plan: Membership,
  from: { checkpoint: number; cursor?: Cursor },
  budget: number,
): Promise<{ rows: Scanned[]; full: boolean }> {
  const out: Scanned[] = [];
  let shown = 0;
  let at = from;
  for (let first = true; ; first = false) {
    const size = first || plan.role === 'owner' ? budget : Math.max(budget, SCAN_CHUNK);
    const chunk = await rowsAfter(trx, plan.planId, at, size);
    for (const row of chunk) {
      const data = fromJson<Record<string, unknown>>(row.data);
      const ok = canRead(plan, row.type as RecordType, data);
      out.push({ row, data, shown: ok });
      if (ok && ++shown === budget) return { rows: out, full: true };
    }
    const last = chunk.at(-1);
    if (chunk.length < size || !last) return { rows: out, full: false };
    at = { checkpoint: at.checkpoint, cursor: { version: last.version, id: last.id } };
  }
}

/** Of these records, the ones this member's devices were ever sent (member_records). */
async function received(
  trx: Trx,
  dialect: Dialect,
  plan: Membership,
  userId: string,
  ids: string[],
): Promise<Set<string>> {
  const rows = await inChunks(ids, (some) =>
    trx
      .selectFrom('member_records')
      .select('record_id')
      .where('plan_id', '=', plan.planId)
      .where('user_id', '=', userId)
      .where(inList(dialect, 'record_id', some))
      .execute(),
  );
  return new Set(rows.map((r) => r.record_id));
}

async function readPage(
  trx: Trx,
  dialect: Dialect,
  plan: Membership,
  userId: string,
  from: { checkpoint: number; cursor?: Cursor },
  budget: number,
): Promise<PullPage> {
  // A device ahead of the server (the database was restored from a backup) starts again.
  const checkpoint = from.checkpoint > plan.version ? 0 : from.checkpoint;
  const cursor = from.checkpoint > plan.version ? undefined : from.cursor;
  const { rows: scanned, full } = await scan(
    trx,
    plan,
    cursor ? { checkpoint, cursor } : { checkpoint },
    budget,
  );
  // What this member may see (src/shared/sharing.ts). A record they may not see is left out; if
  // it was ever sent to this member, their devices are told to drop it. Nothing else of it is
  // said: a device that never had it (a first pull) learns neither its id, nor its type, nor
  // that it exists.
  const shown = scanned.filter((s) => s.shown);
  const rows = shown.map((x) => x.row);
  const unseen = scanned.filter((s) => !s.shown).map((s) => s.row);
  const had = unseen.length
    ? await received(
        trx,
        dialect,
        plan,
        userId,
        unseen.map((r) => r.id),
      )
    : new Set<string>();
  const hidden = unseen.filter((r) => had.has(r.id));
  const last = rows.at(-1);
  // A full page may have stopped inside a version: only the versions before it are complete.
  const reached = full && last ? Math.max(checkpoint, last.version - 1) : plan.version;

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
      .map(({ row: r, data }): ServerRecord => ({
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
    cursor: full && last ? { version: last.version, id: last.id } : null,
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
  // What each member's devices are sent, by plan: recorded before the answer leaves (below).
  const sent = new Map<string, string[]>();
  const run = async (trx: Trx): Promise<PullResponse> => {
    sent.clear();
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
        await readPage(trx, store.dialect, plan, userId, from, budget),
      );
      if (plan.role !== 'owner')
        sent.set(
          plan.planId,
          page.records.filter((r) => !r.hidden).map((r) => r.id),
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
  const res = await (store.dialect === 'postgres'
    ? store.db.transaction().setIsolationLevel('repeatable read').execute(run)
    : store.db.transaction().execute(run));
  await rememberSent(store, userId, sent);
  return res;
}

/**
 * Records which records a member's devices were sent, before the answer leaves: a record made
 * private (or out of their reach) later is then removed from their devices, and one they were
 * never sent is never named to them. Outside the snapshot, so two devices of one member pulling
 * at once cannot make PostgreSQL refuse the snapshot; a row written for an answer that then fails
 * to arrive only means a removal of something they were allowed to see.
 */
async function rememberSent(store: Store, userId: string, sent: Map<string, string[]>) {
  for (const [planId, ids] of sent) {
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      await store.db
        .insertInto('member_records')
        .values(
          ids
            .slice(i, i + IN_CHUNK)
            .map((id) => ({ plan_id: planId, user_id: userId, record_id: id })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
}
