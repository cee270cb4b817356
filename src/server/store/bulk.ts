// Many rows in one INSERT, built as SQL text with placeholders. Kysely's builder parses every
// value into a syntax tree, which was the largest cost of a push of 100 changes (hundreds of
// history rows); this writes the same statement directly. Table and column names come from this
// code, never from input; every value is a bound parameter.
import { CompiledQuery, type Insertable, type Transaction } from 'kysely';
import type { Dialect } from './migrations';
import type { Database } from './schema';

/** Well under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement. */
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
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `;
  const tail = upsert
    ? ` on conflict (${upsert.keys.map(quote).join(', ')}) do update set ${upsert.update
        .map((c) => `${quote(c)} = excluded.${quote(c)}`)
        .join(', ')}`
    : '';
  for (let i = 0; i < rows.length; i += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(i, i + perStatement).map((row) => {
      const values = row as Record<string, unknown>;
      const marks = columns.map((c) => {
        params.push(values[c] ?? null);
        return dialect === 'postgres' ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    await trx.executeQuery(CompiledQuery.raw(head + tuples.join(', ') + tail, params));
  }
}
