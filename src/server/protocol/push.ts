// Push: applies a device's mutations exactly once, in one transaction, ordered by the plan's
// version counter (DESIGN.md §4; sync-reliability.md §1.4). A concurrent edit of the same field is
// never lost: the server keeps the current value and stores the incoming one as a conflict for a
// person to resolve. The framework-free core: the route only authenticates and validates.
import type { Insertable, Transaction } from 'kysely';
import { uuidv7 } from '../../shared/ids';
import type { Mutation, MutationResult, RejectReason } from '../../shared/protocol';
import { LIMITS, type FieldValue } from '../../shared/records';
import type { Store } from '../store/database';
import { fromJson, nowIso, toJson } from '../store/json';
import type {
  AppliedMutationsTable,
  AuditLogTable,
  ConflictsTable,
  Database,
  RecordHistoryTable,
  RecordsTable,
} from '../store/schema';
import { audit, auditRow } from '../audit';
import { bulkInsert, bulkWrite } from '../store/bulk';
import { canWrite, type Membership } from './members';
import { loadRecords, type FieldRev, type RecordState } from './records';

export interface Actor {
  userId: string;
  clientId: string;
}

/** What applied_mutations keeps of a result: enough to answer a retry the same way. */
interface StoredResult {
  status: MutationResult['status'];
  reason?: RejectReason;
  fields: string[];
}

const DELETED = '$deleted';
const CHUNK = 400;

type Trx = Transaction<Database>;

/** The work of one push transaction, gathered first and written at the end in a few statements. */
class Batch {
  readonly history: Insertable<RecordHistoryTable>[] = [];
  readonly conflicts: ConflictsTable[] = [];
  readonly resolved = new Map<string, string>(); // conflict id -> resolving mutation id
  readonly applied: AppliedMutationsTable[] = [];
  readonly now = nowIso();

  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly version: number,
  ) {}

  write(rec: RecordState, m: Mutation, field: string, value: unknown, baseRev: number) {
    this.history.push({
      plan_id: this.planId,
      record_id: rec.id,
      version: this.version,
      field,
      value: toJson(value),
      base_rev: baseRev,
      op: m.op,
      user_id: this.actor.userId,
      client_id: this.actor.clientId,
      mutation_id: m.mutationId,
      client_time: m.clientTime,
      at: this.now,
    });
    rec.dirty = true;
  }

  conflict(
    rec: RecordState,
    m: Mutation,
    field: string,
    kind: ConflictsTable['kind'],
    kept: { value: unknown; by: FieldRev | undefined },
    other: unknown,
    baseRev: number,
  ) {
    this.conflicts.push({
      id: uuidv7(),
      plan_id: this.planId,
      record_id: rec.id,
      field,
      kind,
      base_rev: baseRev,
      kept_value: toJson(kept.value ?? null),
      kept_user_id: kept.by?.u ?? null,
      kept_client_id: kept.by?.by ?? '',
      kept_client_time: kept.by?.at ?? '',
      other_value: toJson(other),
      other_user_id: this.actor.userId,
      other_client_id: this.actor.clientId,
      other_client_time: m.clientTime,
      other_mutation_id: m.mutationId,
      created_version: this.version,
      created_at: this.now,
      resolved_at: null,
      resolved_by: null,
      resolved_mutation_id: null,
    });
    // The record moves to this version, so every device pulls it with its new conflict.
    rec.dirty = true;
  }
}

function stamp(actor: Actor, m: Mutation, version: number, base: number): FieldRev {
  return { rev: version, by: actor.clientId, u: actor.userId, base, at: m.clientTime };
}

/** Applies the fields of a create, patch or resolve with the per-field base revision rule. */
function applyFields(batch: Batch, rec: RecordState, m: Mutation): boolean {
  let conflicted = false;
  for (const [field, change] of Object.entries(m.fields)) {
    const cur = rec.revs[field];
    const curRev = cur?.rev ?? 0;
    const current = rec.data[field] ?? null;
    const sameDevice = cur?.by === batch.actor.clientId && change.baseRev >= cur.base;
    if (change.baseRev === curRev || sameDevice) {
      // The device saw the current value (or wrote it itself and nobody wrote since): apply.
      if (current !== change.value || !cur) {
        rec.data[field] = change.value;
        rec.revs[field] = stamp(batch.actor, m, batch.version, change.baseRev);
        batch.write(rec, m, field, change.value, change.baseRev);
      }
    } else if (current === change.value) {
      // Both devices wrote the same thing: nothing to keep twice.
    } else {
      batch.conflict(
        rec,
        m,
        field,
        'field',
        { value: current, by: cur },
        change.value,
        change.baseRev,
      );
      conflicted = true;
    }
  }
  return conflicted;
}

function setDeleted(batch: Batch, rec: RecordState, m: Mutation, deleted: boolean, base: number) {
  rec.deleted = deleted;
  rec.revs[DELETED] = stamp(batch.actor, m, batch.version, base);
  batch.write(rec, m, DELETED, deleted, base);
}

function applyOne(
  batch: Batch,
  rec: RecordState,
  m: Mutation,
  openConflicts: Map<string, ConflictsTable>,
): StoredResult {
  const fields = Object.keys(m.fields);
  const result = (status: StoredResult['status'], reason?: RejectReason): StoredResult =>
    reason ? { status, reason, fields } : { status, fields };
  if (rec.exists && rec.type !== m.type) return result('rejected', 'wrong_plan');
  if (new Set([...Object.keys(rec.data), ...fields]).size > LIMITS.fieldsPerRecord)
    return result('rejected', 'too_many_fields');

  if (m.op === 'delete') {
    if (!rec.exists || rec.deleted) return result('applied');
    const seen = m.baseRev ?? Number.MAX_SAFE_INTEGER;
    const unseen = Object.entries(rec.revs).filter(
      ([f, r]) => f !== DELETED && r.rev > seen && r.by !== batch.actor.clientId,
    );
    if (unseen.length) {
      // Removing something another device changed after this one last saw it: ask a person.
      const latest = unseen.map(([, r]) => r).sort((a, b) => b.rev - a.rev)[0];
      batch.conflict(rec, m, '*', 'delete-after-edit', { value: null, by: latest }, null, seen);
      return result('conflict');
    }
    setDeleted(batch, rec, m, true, m.baseRev ?? 0);
    return result('applied');
  }

  if (m.op === 'resolve') {
    const ids = m.resolves ?? [];
    const rows = ids.map((id) => openConflicts.get(id));
    if (!rec.exists || rows.some((c) => !c || c.record_id !== rec.id))
      return result('rejected', 'unknown_conflict');
    for (const c of rows) if (c && !c.resolved_at) batch.resolved.set(c.id, m.mutationId);
    rec.dirty = true;
    // Choosing to keep something that was removed brings it back: a person decided.
    if (rec.deleted && fields.length) setDeleted(batch, rec, m, false, rec.revs[DELETED]?.rev ?? 0);
    return result(applyFields(batch, rec, m) ? 'conflict' : 'applied');
  }

  if (!rec.exists) {
    rec.exists = true;
    rec.dirty = true;
    rec.type = m.type;
    rec.createdAt = m.clientTime;
  } else if (rec.deleted) {
    const removal = rec.revs[DELETED];
    if (removal?.by !== batch.actor.clientId) {
      // An edit of something removed on another device: never a silent resurrection.
      const values = Object.fromEntries(Object.entries(m.fields).map(([f, c]) => [f, c.value]));
      batch.conflict(rec, m, '*', 'edit-after-delete', { value: null, by: removal }, values, 0);
      return result('conflict');
    }
    setDeleted(batch, rec, m, false, removal.rev); // this device removed it, and took it back
  }
  return result(applyFields(batch, rec, m) ? 'conflict' : 'applied');
}

function recordRow(rec: RecordState, batch: Batch): RecordsTable {
  return {
    plan_id: rec.planId,
    id: rec.id,
    type: rec.type,
    data: toJson(rec.data),
    field_revs: toJson(rec.revs),
    version: batch.version,
    deleted: rec.deleted ? 1 : 0,
    created_at: rec.createdAt,
    updated_at: batch.now,
    updated_by: batch.actor.userId,
  };
}

async function writeBatch(
  trx: Trx,
  store: Store,
  batch: Batch,
  records: RecordState[],
  audit: AuditLogTable,
): Promise<void> {
  await bulkWrite(trx, store.dialect, [
    {
      table: 'records',
      rows: records.filter((r) => r.dirty).map((r) => recordRow(r, batch)),
      upsert: {
        keys: ['plan_id', 'id'],
        update: ['data', 'field_revs', 'version', 'deleted', 'updated_at', 'updated_by'],
      },
    },
    { table: 'record_history', rows: batch.history },
    { table: 'conflicts', rows: batch.conflicts },
    { table: 'applied_mutations', rows: batch.applied },
    { table: 'audit_log', rows: [audit] },
  ]);
  for (const [id, mutationId] of batch.resolved) {
    await trx
      .updateTable('conflicts')
      .set({
        resolved_at: batch.now,
        resolved_by: batch.actor.userId,
        resolved_mutation_id: mutationId,
      })
      .where('id', '=', id)
      .where('resolved_at', 'is', null)
      .execute();
  }
}

/**
 * Locks a plan for this push and reads the pusher's live membership in the same statement. On
 * PostgreSQL the row lock orders concurrent pushes to one plan: commit order = version order, so
 * a pull by version can never skip a row. SQLite runs one transaction at a time anyway.
 */
async function lockPlan(
  trx: Trx,
  store: Store,
  userId: string,
  planId: string,
): Promise<{ exists: boolean; member?: Membership }> {
  let q = trx
    .selectFrom('plans')
    .leftJoin('plan_members', (join) =>
      join
        .onRef('plan_members.plan_id', '=', 'plans.id')
        .on('plan_members.user_id', '=', userId)
        .on('plan_members.status', '=', 'active'),
    )
    .select(['plans.version', 'plans.deleted_at', 'plan_members.role'])
    .where('plans.id', '=', planId);
  if (store.dialect === 'postgres') q = q.forUpdate(['plans']);
  const row = await q.executeTakeFirst();
  if (!row) return { exists: false };
  const member =
    row.role && !row.deleted_at ? { planId, role: row.role, version: row.version } : undefined;
  return { exists: true, member };
}

async function bumpVersion(trx: Trx, planId: string): Promise<number> {
  const row = await trx
    .updateTable('plans')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', planId)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

function summarise(results: StoredResult[]) {
  const count = (s: StoredResult['status']) => results.filter((r) => r.status === s).length;
  return { applied: count('applied'), conflicts: count('conflict'), rejected: count('rejected') };
}

/** Applies one device's mutations; answers with one result per mutation, in order. */
export async function push(
  store: Store,
  actor: Actor,
  mutations: Mutation[],
): Promise<MutationResult[]> {
  const planIds = [...new Set(mutations.map((m) => m.planId))].sort();
  return store.db.transaction().execute(async (trx) => {
    const exists = new Set<string>();
    const members = new Map<string, Membership>();
    for (const planId of planIds) {
      const locked = await lockPlan(trx, store, actor.userId, planId);
      if (locked.exists) exists.add(planId);
      if (locked.member) members.set(planId, locked.member);
    }
    // After the locks: a duplicate of this request running concurrently has committed by now.
    const done = new Map<string, StoredResult>();
    const ids = mutations.map((m) => m.mutationId);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await trx
        .selectFrom('applied_mutations')
        .select(['mutation_id', 'result'])
        .where('client_id', '=', actor.clientId)
        .where('mutation_id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) done.set(r.mutation_id, fromJson<StoredResult>(r.result));
    }
    const states = new Map<string, RecordState>();
    const fresh = new Map<string, StoredResult>();

    for (const planId of planIds) {
      const mine = mutations.filter((m) => m.planId === planId);
      const recordIds = [...new Set(mine.map((m) => m.recordId))];
      const member = members.get(planId);
      if (member) for (const r of await loadRecords(trx, planId, recordIds)) states.set(r.key, r);
      const todo = mine.filter((m) => !done.has(m.mutationId));
      const unique = todo.filter(
        (m, i) => todo.findIndex((o) => o.mutationId === m.mutationId) === i,
      );
      if (!unique.length) continue;

      if (!member || !canWrite(member) || !exists.has(planId)) {
        for (const m of unique) {
          const r: StoredResult = { status: 'rejected', reason: 'forbidden', fields: [] };
          fresh.set(m.mutationId, r);
          done.set(m.mutationId, r);
        }
        // Stored, so a retry gets the same answer instead of trying forever.
        await bulkInsert(
          trx,
          store.dialect,
          'applied_mutations',
          unique.map((m) => ({
            client_id: actor.clientId,
            mutation_id: m.mutationId,
            plan_id: planId,
            user_id: actor.userId,
            result: toJson(fresh.get(m.mutationId)),
            version: 0,
            at: nowIso(),
          })),
        );
        await audit(trx, {
          actor: actor.userId,
          planId: exists.has(planId) ? planId : null,
          action: 'sync.push_forbidden',
          details: { rejected: unique.length },
        });
        continue;
      }

      const batch = new Batch(actor, planId, await bumpVersion(trx, planId));
      const resolves = unique.flatMap((m) => m.resolves ?? []);
      const conflictRows = new Map<string, ConflictsTable>();
      for (let i = 0; i < resolves.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('conflicts')
          .selectAll()
          .where('plan_id', '=', planId)
          .where('id', 'in', resolves.slice(i, i + CHUNK))
          .execute();
        for (const c of rows) conflictRows.set(c.id, c);
      }
      for (const m of unique) {
        const key = `${planId}\u0000${m.recordId}`;
        let rec = states.get(key);
        if (!rec) {
          rec = {
            key,
            planId,
            id: m.recordId,
            type: m.type,
            data: {},
            revs: {},
            deleted: false,
            exists: false,
            dirty: false,
            createdAt: m.clientTime,
          };
          states.set(key, rec);
        }
        const r = applyOne(batch, rec, m, conflictRows);
        fresh.set(m.mutationId, r);
        done.set(m.mutationId, r);
        batch.applied.push({
          client_id: actor.clientId,
          mutation_id: m.mutationId,
          plan_id: planId,
          user_id: actor.userId,
          result: toJson(r),
          version: batch.version,
          at: batch.now,
        });
      }
      const touched = [...states.values()].filter((s) => s.planId === planId);
      await writeBatch(
        trx,
        store,
        batch,
        touched,
        auditRow({
          actor: actor.userId,
          planId,
          action: 'sync.push',
          details: {
            ...summarise(unique.map((m) => fresh.get(m.mutationId)!)),
            resolved: batch.resolved.size,
            version: batch.version,
          },
        }),
      );
    }

    return mutations.map((m): MutationResult => {
      const stored = done.get(m.mutationId)!;
      const out: MutationResult = { mutationId: m.mutationId, status: stored.status };
      if (stored.reason) out.reason = stored.reason;
      const rec = members.has(m.planId) ? states.get(`${m.planId}\u0000${m.recordId}`) : undefined;
      if (rec?.exists && stored.reason !== 'wrong_plan') {
        out.fields = Object.fromEntries(
          stored.fields.map((f) => [
            f,
            { value: (rec.data[f] ?? null) as FieldValue, rev: rec.revs[f]?.rev ?? 0 },
          ]),
        );
        out.deleted = rec.deleted;
      }
      return out;
    });
  });
}
