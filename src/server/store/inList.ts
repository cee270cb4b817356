// `column IN (…)` for both databases, and the chunks that keep a long list within their limits.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from './migrations';

/** Well under SQLite's parameter limit, and small enough to plan well on PostgreSQL. */
export const IN_CHUNK = 400;

/**
 * On PostgreSQL `column = any($1::text[])`: a list of a hundred ids is one value to send and a
 * statement planned the same way every time. On SQLite, an ordinary IN list.
 */
export function inList(
  dialect: Dialect,
  column: string,
  values: readonly string[],
): RawBuilder<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join([...values])})`;
}

/** Runs one query per chunk of values and gathers the rows. */
export async function inChunks<T>(
  values: readonly string[],
  query: (some: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK)
    out.push(...(await query(values.slice(i, i + IN_CHUNK))));
  return out;
}
