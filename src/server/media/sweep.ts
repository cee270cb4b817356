// Photos and recordings nobody uses any more: a plan's copy of one (plan_media) goes when no live
// record and no open question of that plan refers to it, and its bytes (media) go when no plan
// holds them. Safe under concurrent pushes and uploads, on both databases:
//   - A device uploads a photo before or after the push that refers to it, so a photo only counts
//     as unused once it is older than a grace period (from its latest upload, which addMedia
//     refreshes). A photo just sent, whose record is still on the way, is never taken.
//   - Each plan is checked and cleared in one transaction holding the plan's lock, the one every
//     push and upload to the plan takes: a push that refers to the photo commits before the check
//     (and is seen) or after the delete (and names a photo that went unused for the whole grace).
//   - The bytes are deleted by one statement that re-checks, in the database, that no plan holds
//     them and that they were not uploaded again meanwhile; the foreign key from plan_media
//     refuses the delete if an upload added them to a plan in between.
import type { Store } from '../store/database';
import type { Database } from '../store/schema';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { audit } from '../audit';
import { fromJson } from '../store/json';
import { mediaOf } from '../../shared/sharing';
import type { RecordType } from '../../shared/records';

type Db = Kysely<Database> | Transaction<Database>;

/** No plan holds these bytes: asked when listing them and again in the delete itself. */
const heldByNoPlan = ({ not, exists, selectFrom }: ExpressionBuilder<Database, 'media'>) =>
  not(
    exists(
      selectFrom('plan_media')
        .select('plan_media.sha256')
        .whereRef('plan_media.sha256', '=', 'media.sha256'),
    ),
  );

/** A day: far longer than any gap between an upload and the push of the record that uses it. */
export const DEFAULT_GRACE_MS = 24 * 60 * 60_000;

export interface SweepOptions {
  /** How old an unused photo must be before it goes (from its latest upload). */
  graceMs?: number;
  /** The time now (tests move it on instead of waiting). */
  now?: Date;
}

export interface SweepResult {
  /** Plans' copies taken away (plan_media rows). */
  released: number;
  /** Photos and recordings whose bytes were deleted. */
  deleted: number;
}

export async function sweepUnusedMedia(
  store: Store,
  { graceMs = DEFAULT_GRACE_MS, now = new Date() }: SweepOptions = {},
): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - graceMs).toISOString();
  const candidates = await store.db
    .selectFrom('plan_media')
    .select(['plan_id', 'sha256'])
    .where('created_at', '<', cutoff)
    .orderBy('plan_id')
    .execute();
  const byPlan = new Map<string, string[]>();
  for (const c of candidates) byPlan.set(c.plan_id, [...(byPlan.get(c.plan_id) ?? []), c.sha256]);

  let released = 0;
  for (const [planId, shas] of byPlan) {
    released += await store.db.transaction().execute(async (trx) => {
      if (store.dialect === 'postgres')
        await trx.selectFrom('plans').select('id').where('id', '=', planId).forUpdate().execute();
      let gone = 0;
      for (const sha256 of shas) {
        if (await inUse(trx, planId, sha256)) continue;
        const result = await trx
          .deleteFrom('plan_media')
          .where('plan_id', '=', planId)
          .where('sha256', '=', sha256)
          .where('created_at', '<', cutoff)
          .executeTakeFirst();
        gone += Number(result.numDeletedRows);
      }
      if (gone > 0)
        await audit(trx, {
          actor: null,
          planId,
          action: 'media.released',
          details: { count: gone },
        });
      return gone;
    });
  }

  let deleted = 0;
  const orphans = await store.db
    .selectFrom('media')
    .select('sha256')
    .where('created_at', '<', cutoff)
    .where(heldByNoPlan)
    .execute();
  for (const { sha256 } of orphans) {
    try {
      const result = await store.db
        .deleteFrom('media')
        .where('sha256', '=', sha256)
        .where('created_at', '<', cutoff)
        .where(heldByNoPlan)
        .executeTakeFirst();
      deleted += Number(result.numDeletedRows);
    } catch (error) {
      // An upload added it to a plan while we deleted: the foreign key kept it. Good.
      if (!isForeignKeyError(error)) throw error;
    }
  }
  return { released, deleted };
}

/** Whether a live record or an open question of the plan refers to this photo or recording. */
async function inUse(db: Db, planId: string, sha256: string): Promise<boolean> {
  // The hash is 64 hex characters: a text match narrows the rows, the model then decides.
  const rows = await db
    .selectFrom('records')
    .select(['type', 'data'])
    .where('plan_id', '=', planId)
    .where('deleted', '=', 0)
    .where('data', 'like', `%${sha256}%`)
    .execute();
  if (rows.some((r) => mediaOf(r.type as RecordType, fromJson(r.data)).includes(sha256)))
    return true;
  // Either side of an unanswered question may still be chosen: keep what both sides show.
  const question = await db
    .selectFrom('conflicts')
    .select('id')
    .where('plan_id', '=', planId)
    .where('resolved_at', 'is', null)
    .where((eb) =>
      eb.or([eb('kept_value', 'like', `%${sha256}%`), eb('other_value', 'like', `%${sha256}%`)]),
    )
    .executeTakeFirst();
  return !!question;
}

function isForeignKeyError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  // PostgreSQL: foreign_key_violation. SQLite: SQLITE_CONSTRAINT_FOREIGNKEY.
  return e.code === '23503' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Runs the sweep every `everyMs` in the background (not at all when 0); returns how to stop it.
 * A failed sweep is logged and tried again next time: nothing depends on it finishing.
 */
export function scheduleMediaSweep(
  store: Store,
  everyMs: number,
  graceMs: number,
  log: { warn(obj: unknown, msg: string): void },
): () => void {
  if (!(everyMs > 0)) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepUnusedMedia(store, { graceMs })
      .catch((err: unknown) => log.warn({ err }, 'media sweep failed'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
