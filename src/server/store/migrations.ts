// Schema migrations, in code so the server bundle carries them. Append only: a migration that has
// run somewhere is never edited; change the schema with a new one (expand, then contract later, so
// the previous server version keeps working during a deploy). They run on SQLite and PostgreSQL;
// tests/server/migrations.test.ts runs them on both and compares the resulting schemas.
import { sql, type Kysely, type Migration } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** The one column type that is spelled differently in the two databases. */
function bytes(dialect: Dialect) {
  return dialect === 'postgres' ? sql`bytea` : sql`blob`;
}

// SQLite lets a TEXT PRIMARY KEY hold NULL (an old quirk it keeps for compatibility), so every
// key column says NOT NULL itself; the parity test caught the difference from PostgreSQL.
// Migrations take Kysely<any>: they describe the schema as it was then, not as the types say now.
/* eslint-disable @typescript-eslint/no-explicit-any */
function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('credentials')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('counter', 'bigint', (c) => c.notNull())
        .addColumn('transports', 'text', (c) => c.notNull())
        .addColumn('device_type', 'text', (c) => c.notNull())
        .addColumn('backed_up', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema.createIndex('credentials_user').on('credentials').column('user_id').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('email_codes')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createIndex('email_codes_email')
        .on('email_codes')
        .columns(['email', 'created_at'])
        .execute();

      await db.schema
        .createTable('webauthn_challenges')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('challenge', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await db.schema
        .createTable('clients')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('clients_user').on('clients').column('user_id').execute();

      await db.schema
        .createTable('plans')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema.createIndex('plans_owner').on('plans').column('owner_user_id').execute();

      await db.schema
        .createTable('plan_members')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('invited_by', 'text', (c) => c.references('users.id'))
        .addColumn('consented_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
        .addPrimaryKeyConstraint('plan_members_pk', ['plan_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('plan_members_user')
        .on('plan_members')
        .columns(['user_id', 'status'])
        .execute();

      await db.schema
        .createTable('records')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('field_revs', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['plan_id', 'id'])
        .execute();
      // The pull reads a plan's changes in (version, id) order from this index.
      await db.schema
        .createIndex('records_plan_version')
        .on('records')
        .columns(['plan_id', 'version', 'id'])
        .execute();

      // History grows with every change: a compact integer key (SQLite's rowid; a sequence on
      // PostgreSQL) keeps each push's hundreds of rows cheap to write.
      await db.schema
        .createTable('record_history')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          c.primaryKey().notNull(),
        )
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('base_rev', 'bigint', (c) => c.notNull())
        .addColumn('op', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        .addColumn('client_time', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('record_history_record')
        .on('record_history')
        .columns(['plan_id', 'record_id'])
        .execute();

      await db.schema
        .createTable('applied_mutations')
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        // No foreign key: a refused mutation may name a plan that does not exist.
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('applied_mutations_pk', ['client_id', 'mutation_id'])
        .execute();

      await db.schema
        .createTable('conflicts')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('record_id', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('base_rev', 'bigint', (c) => c.notNull())
        .addColumn('kept_value', 'text', (c) => c.notNull())
        .addColumn('kept_user_id', 'text')
        .addColumn('kept_client_id', 'text', (c) => c.notNull())
        .addColumn('kept_client_time', 'text', (c) => c.notNull())
        .addColumn('other_value', 'text', (c) => c.notNull())
        .addColumn('other_user_id', 'text', (c) => c.notNull())
        .addColumn('other_client_id', 'text', (c) => c.notNull())
        .addColumn('other_client_time', 'text', (c) => c.notNull())
        .addColumn('other_mutation_id', 'text', (c) => c.notNull())
        .addColumn('created_version', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_mutation_id', 'text')
        .execute();
      await db.schema
        .createIndex('conflicts_record')
        .on('conflicts')
        .columns(['plan_id', 'record_id'])
        .execute();

      await db.schema
        .createTable('media')
        .addColumn('sha256', 'text', (c) => c.primaryKey().notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('bytes', bytes(dialect), (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('plan_media')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('sha256', 'text', (c) => c.notNull().references('media.sha256'))
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('plan_media_pk', ['plan_id', 'sha256'])
        .execute();
      await db.schema
        .createIndex('plan_media_version')
        .on('plan_media')
        .columns(['plan_id', 'version'])
        .execute();
      await db.schema.createIndex('plan_media_sha').on('plan_media').column('sha256').execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text')
        .addColumn('plan_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_log_plan')
        .on('audit_log')
        .columns(['plan_id', 'at'])
        .execute();
      await db.schema
        .createIndex('audit_log_actor')
        .on('audit_log')
        .columns(['actor_user_id', 'at'])
        .execute();
      // Append only, enforced by the database itself: a bug or an attacker with the app's
      // connection cannot quietly rewrite who did what.
      if (dialect === 'postgres') {
        await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
      } else {
        await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      }
    },
  };
}

/** Invitations to share a plan, and the guesses at their codes (rate limited across servers). */
const invitations: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('plan_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('permissions', 'text', (c) => c.notNull())
      .addColumn('attendee_id', 'text')
      .addColumn('name', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('opens', 'integer', (c) => c.notNull())
      .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
      .addColumn('accepted_at', 'text')
      .addColumn('cancelled_at', 'text')
      .execute();
    await db.schema
      .createIndex('plan_invitations_plan')
      .on('plan_invitations')
      .columns(['plan_id', 'accepted_by'])
      .execute();
    await db.schema
      .createTable('invite_guesses')
      .addColumn('key', 'text', (c) => c.primaryKey().notNull())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
  },
};
/**
 * What the person sent a professional (the feedback, the review pack): the professional's access is
 * this row alone, limited to one item and one address, never a membership of the plan.
 */
const deliveries: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey().notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('item', 'text', (c) => c.notNull())
      .addColumn('to_name', 'text', (c) => c.notNull())
      .addColumn('to_role', 'text', (c) => c.notNull())
      .addColumn('to_email', 'text', (c) => c.notNull())
      .addColumn('sent_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('failed_at', 'text')
      .addColumn('opened_at', 'text')
      .addColumn('opened_by', 'text', (c) => c.references('users.id'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('sent_version', 'integer')
      .execute();
    await db.schema
      .createIndex('deliveries_plan')
      .on('deliveries')
      .columns(['plan_id', 'created_at'])
      .execute();
  },
};

/**
 * Erasure (issue 12): a content-free tombstone per erased plan (its random id and when), so the
 * person's other devices and their members' devices learn to delete their copies; and the audit
 * log's delete rule loosened for exactly one case — rows of a plan or person listed in
 * audit_erasing, a table the erasing transaction fills and empties again before it commits.
 */
function erasure(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('erased_plans')
        .addColumn('plan_id', 'text', (c) => c.primaryKey().notNull())
        .addColumn('erased_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_erasing')
        .addColumn('key', 'text', (c) => c.primaryKey().notNull())
        .execute();
      if (dialect === 'postgres') {
        await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
          LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_erasing e
                WHERE e.key = OLD.plan_id OR e.key = OLD.actor_user_id OR e.key = OLD.target) THEN
              RETURN OLD;
            END IF;
            RAISE EXCEPTION 'audit_log is append-only';
          END $$`.execute(db);
      } else {
        await sql`DROP TRIGGER audit_log_no_delete`.execute(db);
        await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          WHEN NOT EXISTS (SELECT 1 FROM audit_erasing e
            WHERE e.key = OLD.plan_id OR e.key = OLD.actor_user_id OR e.key = OLD.target)
          BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
      }
    },
  };
}
/**
 * Sharing: which records each member's devices were sent, so only those are named to them when
 * they may no longer see them (a first pull names nothing hidden from them).
 */
const memberRecords: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('member_records')
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('member_records_pk', ['plan_id', 'user_id', 'record_id'])
      .execute();
    await db.schema
      .createIndex('member_records_user')
      .on('member_records')
      .column('user_id')
      .execute();
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Every migration, oldest first, by name (the name is what the database records as run). */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_initial': initial(dialect),
    '0002_invitations': invitations,
    '0003_deliveries': deliveries,
    '0004_erasure': erasure(dialect),
    '0005_member_records': memberRecords,
  };
}
