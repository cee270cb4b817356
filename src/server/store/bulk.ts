// Many rows in one INSERT, without Kysely's builder: it parses every value into a syntax tree,
// which was the largest cost of a push of 100 changes (hundreds of history rows). Table and
// column names come from this code, never from input; every value is a bound parameter.
import { CompiledQuery, type Insertable, type Transaction } from 'kysely';
import type { Dialect } from './migrations';
import type { Database } from './schema';

/** Well under SQLite's limit of 32,766 parameters per statement. */
const MAX_PARAMS = 8_000;

export interface Upsert {
  /** The unique key that may clash. */
  keys: string[];
  /** The columns to take from the new row when it does. */
  update: string[];
}

const quote = (name: string) => `"${name}"`;

export async function bulkInsert<T extends keyof Database>(
  trx: Transaction<Database>,
  dialect: Dialect,
  table: T,
  rows: Insertable<Database[T]>[],
  upsert?: Upsert,
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!);
  const list = columns.map(quote).join(', ');
  const onConflict = upsert
    ? ` on conflict (${upsert.keys.map(quote).join(', ')}) do update set ${upsert.update
        .map((c) => `${quote(c)} = excluded.${quote(c)}`)
        .join(', ')}`
    : '';

  if (dialect === 'postgres') {
    // One parameter holding every row as JSON, unpacked by PostgreSQL itself: hundreds of rows
    // go as one value instead of thousands of bound parameters.
    const text =
      `insert into ${quote(table)} (${list}) select ${list} ` +
      `from json_populate_recordset(null::${quote(table)}, $1)${onConflict}`;
    await trx.executeQuery(CompiledQuery.raw(text, [JSON.stringify(rows)]));
    return;
  }

  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement) as Record<string, unknown>[];
    const params = chunk.flatMap((r) => columns.map((c) => r[c] ?? null));
    const text = `insert into ${quote(table)} (${list}) values ${chunk.map(() => row).join(', ')}${onConflict}`;
    await trx.executeQuery(CompiledQuery.raw(text, params));
  }
}

export interface BulkRows<T extends keyof Database = keyof Database> {
  table: T;
  rows: Insertable<Database[T]>[];
  upsert?: Upsert;
}

/**
 * Several bulk inserts at once. On PostgreSQL they go as one statement (data-modifying WITH
 * clauses), so a push costs one round trip to the database for all its writes, not one per table.
 */
export async function bulkWrite(
  trx: Transaction<Database>,
  dialect: Dialect,
  writes: BulkRows[],
): Promise<void> {
  const work = writes.filter((w) => w.rows.length);
  if (dialect !== 'postgres' || work.length < 2) {
    for (const w of work) await bulkInsert(trx, dialect, w.table, w.rows, w.upsert);
    return;
  }
  const parts = work.map((w, i) => {
    const columns = Object.keys(w.rows[0]!).map(quote).join(', ');
    const onConflict = w.upsert
      ? ` on conflict (${w.upsert.keys.map(quote).join(', ')}) do update set ${w.upsert.update
          .map((c) => `${quote(c)} = excluded.${quote(c)}`)
          .join(', ')}`
      : '';
    return (
      `insert into ${quote(w.table)} (${columns}) select ${columns} ` +
      `from json_populate_recordset(null::${quote(w.table)}, $${i + 1})${onConflict}`
    );
  });
  const text =
    parts
      .slice(0, -1)
      .map((p, i) => `${i === 0 ? 'with' : ','} w${i} as (${p})`)
      .join(' ') + ` ${parts.at(-1)}`;
  await trx.executeQuery(
    CompiledQuery.raw(
      text,
      work.map((w) => JSON.stringify(w.rows)),
    ),
  );
}
