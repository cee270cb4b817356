// Push: applies a device's mutations exactly once, in one transaction, ordered by the plan's
// version counter (DESIGN.md §4; sync-reliability.md §1.4). A concurrent edit of the same field is
// never lost (rules.ts). The framework-free core: the route only authenticates and validates.
import { sql, type SqlBool, type Transaction } from 'kysely';
import { anyOf } from '../store/anyOf';
import type { Mutation, MutationResult } from '../../shared/protocol';
import type { FieldValue } from '../../shared/records';
import { audit, auditRow } from '../audit';
import { bulkInsert, bulkWrite } from '../store/bulk';
import type { Store } from '../store/database';
import { fromJson, nowIso, toJson } from '../store/json';
import type { AuditLogTable, ConflictsTable, Database } from '../store/schema';
import { canWrite, type Membership } from './members';
import { loadRecords, type RecordState } from './records';
import { applyOne, Batch, recordRow, type Actor, type StoredResult } from './rules';

export type { Actor } from './rules';

const CHUNK = 400;

type Trx = Transaction<Database>;

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
      const some = ids.slice(i, i + CHUNK);
      const rows = await trx
        .selectFrom('applied_mutations')
        .select(['mutation_id', 'result'])
        .where('client_id', '=', actor.clientId)
        .where(
          store.dialect === 'postgres'
            ? anyOf('mutation_id', some)
            : sql<SqlBool>`mutation_id in (${sql.join(some)})`,
        )
        .execute();
      for (const r of rows) done.set(r.mutation_id, fromJson<StoredResult>(r.result));
    }
    const states = new Map<string, RecordState>();
    const fresh = new Map<string, StoredResult>();

    for (const planId of planIds) {
      const mine = mutations.filter((m) => m.planId === planId);
      const recordIds = [...new Set(mine.map((m) => m.recordId))];
      const member = members.get(planId);
      if (member)
        for (const r of await loadRecords(trx, store.dialect, planId, recordIds))
          states.set(r.key, r);
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
