// The migrations make the same schema on SQLite and PostgreSQL: same tables, columns, types (as
// each database spells them), nullability, primary keys, indexes and foreign keys. Drift between
// the two would surface as a bug on one database only; this test makes it fail here instead.
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, type Store } from '../../src/server/store/database';
import type { Database } from '../../src/server/store/schema';
import { uuidv7 } from '../../src/shared/ids';
import {
  DATABASES,
  PG_URL,
  testDatabase,
  type DatabaseKind,
  type TestDatabase,
} from './support/harness';

const TYPES: Record<string, string> = {
  text: 'text',
  bigint: 'int',
  int8: 'int',
  integer: 'int',
  int4: 'int',
  blob: 'bytes',
  bytea: 'bytes',
};

interface Shape {
  columns: Record<string, string[]>;
  primaryKeys: Record<string, string[]>;
  indexes: Record<string, string[]>;
  foreignKeys: Record<string, string[]>;
}

async function rows<T>(db: Kysely<Database>, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

async function shapeOf(store: Store): Promise<Shape> {
  const db = store.db;
  const current =
    store.dialect === 'postgres'
      ? (await rows<{ s: string }>(db, sql`SELECT current_schema() AS s`))[0]!.s
      : undefined;
  const tables = (await db.introspection.getTables()).filter(
    (t) => !t.name.startsWith('kysely_') && (!current || t.schema === current),
  );
  const shape: Shape = { columns: {}, primaryKeys: {}, indexes: {}, foreignKeys: {} };
  for (const t of tables) {
    shape.columns[t.name] = t.columns
      .map(
        (c) =>
          `${c.name}:${TYPES[c.dataType.toLowerCase()] ?? c.dataType}:${c.isNullable ? 'null' : 'not null'}`,
      )
      .sort();
    if (store.dialect === 'sqlite') {
      const info = await rows<{ name: string; pk: number }>(
        db,
        sql`SELECT name, pk FROM pragma_table_info(${t.name})`,
      );
      shape.primaryKeys[t.name] = info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      const list = await rows<{ name: string; unique: number; origin: string }>(
        db,
        sql`SELECT name, "unique", origin FROM pragma_index_list(${t.name})`,
      );
      const idx: string[] = [];
      for (const i of list.filter((l) => l.origin !== 'pk')) {
        const cols = await rows<{ name: string }>(
          db,
          sql`SELECT name FROM pragma_index_info(${i.name}) ORDER BY seqno`,
        );
        idx.push(`${i.unique ? 'unique ' : ''}${cols.map((c) => c.name).join(',')}`);
      }
      shape.indexes[t.name] = idx.sort();
      const fks = await rows<{ from: string; table: string; to: string; on_delete: string }>(
        db,
        sql`SELECT "from", "table", "to", on_delete FROM pragma_foreign_key_list(${t.name})`,
      );
      shape.foreignKeys[t.name] = fks
        .map((f) => `${f.from}->${f.table}.${f.to} ${f.on_delete.toLowerCase()}`)
        .sort();
    } else {
      const pk = await rows<{ column_name: string }>(
        db,
        sql`SELECT k.column_name FROM information_schema.table_constraints c
            JOIN information_schema.key_column_usage k
              ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
            WHERE c.table_schema = current_schema() AND c.table_name = ${t.name}
              AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position`,
      );
      shape.primaryKeys[t.name] = pk.map((r) => r.column_name);
      const idx = await rows<{ unique: boolean; columns: string }>(
        db,
        sql`SELECT ix.indisunique AS unique,
                   string_agg(a.attname, ',' ORDER BY k.n) AS columns
            FROM pg_class t
            JOIN pg_index ix ON t.oid = ix.indrelid
            JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n) ON true
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            WHERE t.relname = ${t.name} AND t.relnamespace = current_schema()::regnamespace
              AND NOT ix.indisprimary
            GROUP BY ix.indexrelid, ix.indisunique`,
      );
      shape.indexes[t.name] = idx.map((i) => `${i.unique ? 'unique ' : ''}${i.columns}`).sort();
      const fks = await rows<{
        col: string;
        ref_table: string;
        ref_col: string;
        on_delete: string;
      }>(
        db,
        sql`SELECT kcu.column_name AS col, ccu.table_name AS ref_table, ccu.column_name AS ref_col,
                   rc.delete_rule AS on_delete
            FROM information_schema.referential_constraints rc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = rc.constraint_name AND kcu.table_schema = rc.constraint_schema
            JOIN information_schema.constraint_column_usage ccu
              ON ccu.constraint_name = rc.constraint_name AND ccu.table_schema = rc.constraint_schema
            WHERE rc.constraint_schema = current_schema() AND kcu.table_name = ${t.name}`,
      );
      shape.foreignKeys[t.name] = fks
        .map((f) => `${f.col}->${f.ref_table}.${f.ref_col} ${f.on_delete.toLowerCase()}`)
        .sort();
    }
  }
  return shape;
}

const opened: TestDatabase[] = [];
const stores: Store[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of opened) await d.dispose();
});

async function fresh(kind: DatabaseKind): Promise<Store> {
  const d = await testDatabase(kind);
  opened.push(d);
  const store = await d.open();
  stores.push(store);
  return store;
}

describe('migrations', () => {
  it.skipIf(!PG_URL)('make the same schema on SQLite and PostgreSQL', async () => {
    const [lite, pg] = [
      await shapeOf(await fresh('sqlite')),
      await shapeOf(await fresh('postgres')),
    ];
    expect(Object.keys(lite.columns).sort()).toEqual(Object.keys(pg.columns).sort());
    expect(Object.keys(lite.columns)).toContain('plan_members');
    expect(pg).toEqual(lite);
  });

  describe.each(DATABASES)('on %s', (kind) => {
    it('run again without changing anything', async () => {
      const store = await fresh(kind);
      const before = await shapeOf(store);
      await migrateToLatest(store.db, store.dialect);
      expect(await shapeOf(store)).toEqual(before);
    });

    it('make the audit log append-only', async () => {
      const store = await fresh(kind);
      const id = uuidv7();
      await store.db
        .insertInto('audit_log')
        .values({
          id,
          at: new Date().toISOString(),
          actor_user_id: null,
          plan_id: null,
          action: 'test',
          target: null,
          details: '{}',
        })
        .execute();
      await expect(
        store.db.updateTable('audit_log').set({ action: 'changed' }).where('id', '=', id).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(store.db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(
        /append-only/,
      );
    });
  });
});
