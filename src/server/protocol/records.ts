// Reading records for push and pull. A record's fields each carry who wrote them last, at which
// plan version, and which revision that write was based on: the facts the conflict rule needs.
import { sql, type SqlBool, type Transaction } from 'kysely';
import { anyOf } from '../store/anyOf';
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
  const out: RecordState[] = [];
  for (let i = 0; i < ids.length; i += 400) {
    const some = ids.slice(i, i + 400);
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'type', 'data', 'field_revs', 'deleted', 'created_at'])
      .where('plan_id', '=', planId)
      .where(dialect === 'postgres' ? anyOf('id', some) : sql<SqlBool>`id in (${sql.join(some)})`)
      .execute();
    for (const r of rows) {
      out.push({
        key: `${planId}\u0000${r.id}`,
        planId,
        id: r.id,
        type: r.type,
        data: fromJson(r.data),
        revs: fromJson(r.field_revs),
        deleted: r.deleted === 1,
        exists: true,
        dirty: false,
        createdAt: r.created_at,
      });
    }
  }
  return out;
}

/** The revision of each field as devices see it (who wrote it stays on the server). */
export function publicRevs(revs: Record<string, FieldRev>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, r] of Object.entries(revs)) if (f !== '$deleted') out[f] = r.rev;
  return out;
}
