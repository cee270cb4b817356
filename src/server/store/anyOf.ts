import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * `column = any($1::text[])`: PostgreSQL's form of IN with one array parameter. A list of a
 * hundred ids is then one value to send and a statement planned the same way every time.
 */
export function anyOf(column: string, values: readonly string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::text[])`;
}
