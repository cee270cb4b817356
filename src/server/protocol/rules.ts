// The rules of a push, one mutation at a time (DESIGN.md §4): per-field base revisions, the same
// device fast-forwarding its own edits, equal values as no-ops, and otherwise a conflict kept for
// a person — including an edit of something removed and a removal of an edit nobody saw. The
// changes are gathered in a Batch; push.ts writes them in one transaction.
import type { Insertable } from 'kysely';
import { uuidv7 } from '../../shared/ids';
import type { Mutation, MutationResult, RejectReason } from '../../shared/protocol';
import { LIMITS } from '../../shared/records';
import { nowIso, toJson } from '../store/json';
import type {
  AppliedMutationsTable,
  ConflictsTable,
  RecordHistoryTable,
  RecordsTable,
} from '../store/schema';
import type { FieldRev, RecordState } from './records';

export interface Actor {
  userId: string;
  clientId: string;
}

/** What applied_mutations keeps of a result: enough to answer a retry the same way. */
export interface StoredResult {
  status: MutationResult['status'];
  reason?: RejectReason;
  fields: string[];
}

const DELETED = '$deleted';
/** The work of one push transaction, gathered first and written at the end in a few statements. */
export class Batch {
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
  const out: FieldRev = {
    rev: version,
    by: actor.clientId,
    u: actor.userId,
    base,
    at: m.clientTime,
  };
  if (m.clientSeq !== undefined) out.s = m.clientSeq;
  return out;
}

/**
 * Whether this is an older change of the device that wrote `cur` (by the device's own sequence),
 * arriving after its newer one: the newer one stays. The outbox drains oldest first, so the app
 * never does this; a network that delivers a stale request late could.
 */
function olderThanOwn(batch: Batch, m: Mutation, cur: FieldRev | undefined): boolean {
  return (
    cur?.by === batch.actor.clientId &&
    m.clientSeq !== undefined &&
    cur.s !== undefined &&
    m.clientSeq < cur.s
  );
}

/** Applies the fields of a create, patch or resolve with the per-field base revision rule. */
function applyFields(batch: Batch, rec: RecordState, m: Mutation): boolean {
  let conflicted = false;
  for (const [field, change] of Object.entries(m.fields)) {
    const cur = rec.revs[field];
    const curRev = cur?.rev ?? 0;
    const current = rec.data[field] ?? null;
    if (olderThanOwn(batch, m, cur)) continue;
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

/**
 * A delete removes only what its device saw: `seen` holds the revision of every field it had. A
 * field another device changed since (or that it never had) makes it a delete-after-edit question
 * for a person. A field this device wrote last was seen by it. An older app's delete (one
 * `baseRev`, or none) cannot say which fields it saw, so it counts as having seen nothing.
 */
function applyDelete(
  batch: Batch,
  rec: RecordState,
  m: Mutation,
  result: (status: StoredResult['status']) => StoredResult,
): StoredResult {
  if (!rec.exists || rec.deleted) return result('applied');
  const writes = Object.entries(rec.revs).filter(([f]) => f !== DELETED);
  // The device changed the record after asking to remove it: that newer change stands.
  if (writes.some(([, r]) => olderThanOwn(batch, m, r))) return result('applied');
  const seen = m.seen ?? {};
  const base = Math.max(0, ...Object.values(seen));
  const unseen = writes
    .map(([f, r]) => ({ f, r }))
    .filter(
      ({ f, r }) =>
        r.by !== batch.actor.clientId && r.rev > (Object.hasOwn(seen, f) ? seen[f]! : 0),
    );
  if (unseen.length) {
    const latest = unseen.map(({ r }) => r).sort((a, b) => b.rev - a.rev)[0];
    batch.conflict(rec, m, '*', 'delete-after-edit', { value: null, by: latest }, null, base);
    return result('conflict');
  }
  setDeleted(batch, rec, m, true, base);
  return result('applied');
}

export function applyOne(
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
  if (m.op === 'delete') return applyDelete(batch, rec, m, result);

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
    // This device removed it after making this change: the removal is its newer word.
    if (olderThanOwn(batch, m, removal)) return result('applied');
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

export function recordRow(rec: RecordState, batch: Batch): RecordsTable {
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
