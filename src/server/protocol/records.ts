// Reading records for push and pull. A record's fields each carry who wrote them last, at which
// plan version, and which revision that write was based on: the facts the conflict rule needs.
import type { Transaction } from 'kysely';
import { inChunks, inList } from '../store/inList';
import type { Dialect } from '../store/migrations';
import type { FieldValue } from '../../shared/records';
import { fromJson } from '../store/json';
import type { Database } from '../store/schema';

export interface FieldRev {
  /** The plan version that wrote the field. */
  rev: number;
  /** The device (client id) that wrote it. */
  by: string;
  /** The account that wrote it. */
  u: string | null;
  /** The revision that write was based on: lets the same device fast-forward its own edits. */
  base: number;
  /** The writer's clock when it was written: a label for people. */
  at: string;
  /** The writing device's own sequence number of that change (absent before devices sent one). */
  s?: number;
}

/** The key of a record in a push's working set: its plan and its id. */
export function recordKey(planId: string, recordId: string): string {
  return `${planId}\u0000${recordId}`;
}

export interface RecordState {
  key: string;
  planId: string;
  id: string;
  type: string;
  data: Record<string, FieldValue>;
  revs: Record<string, FieldRev>;
  deleted: boolean;
  exists: boolean;
  dirty: boolean;
  createdAt: string;
}

export async function loadRecords(
  trx: Transaction<Database>,
  dialect: Dialect,
  planId: string,
  ids: string[],
): Promise<RecordState[]> {
  const rows = await inChunks(ids, (some) =>
    trx
      .selectFrom('records')
      .select(['id', 'type', 'data', 'field_revs', 'deleted', 'created_at'])
      .where('plan_id', '=', planId)
      .where(inList(dialect, 'id', some))
      .execute(),
  );
  return rows.map((r) => ({
    key: recordKey(planId, r.id),
    planId,
    id: r.id,
    type: r.type,
    data: fromJson(r.data),
    revs: fromJson(r.field_revs),
    deleted: r.deleted === 1,
    exists: true,
    dirty: false,
    createdAt: r.created_at,
  }));
}

/** A record the plan does not have yet: it comes into being if a mutation applies to it. */
export function newRecord(
  planId: string,
  id: string,
  type: string,
  createdAt: string,
): RecordState {
  return {
    key: recordKey(planId, id),
    planId,
    id,
    type,
    data: {},
    revs: {},
    deleted: false,
    exists: false,
    dirty: false,
    createdAt,
  };
}

/** The revision of each field as devices see it (who wrote it stays on the server). */
export function publicRevs(revs: Record<string, FieldRev>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, r] of Object.entries(revs)) if (f !== '$deleted') out[f] = r.rev;
  return out;
}
