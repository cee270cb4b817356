// Photos and recordings in a plan: stored once by the SHA-256 of their bytes, and added to a plan
// as a new version of it, so the plan's other devices learn of them on their next pull. Only live
// members of a plan holding them may fetch them.
import type { Store } from '../store/database';
import { nowIso } from '../store/json';
import { audit } from '../audit';
import { canAddMedia, canRead, mediaOf } from '../../shared/sharing';
import type { RecordType } from '../../shared/records';
import { fromJson } from '../store/json';
import { liveMemberships, type Membership } from './members';
import { nextVersion } from './plans';

export interface MediaUpload {
  sha256: string;
  mime: string;
  bytes: Buffer;
}

/** 'added' to the plan now, 'held' already (a repeat changes nothing), or 'forbidden'. */
export type AddMediaResult = 'added' | 'held' | 'forbidden';

/** Whether this user may add photos and recordings to this plan now (checked again on adding). */
export async function mayAddMedia(store: Store, userId: string, planId: string): Promise<boolean> {
  const member = (await liveMemberships(store.db, userId, { planIds: [planId] })).get(planId);
  return !!member && canAddMedia(member);
}

export async function addMedia(
  store: Store,
  userId: string,
  planId: string,
  upload: MediaUpload,
): Promise<AddMediaResult> {
  return store.db.transaction().execute(async (trx) => {
    // Under the plan's lock, like a push: membership read live, versions in commit order.
    const member = (
      await liveMemberships(trx, userId, { planIds: [planId], lock: store.dialect })
    ).get(planId);
    if (!member || !canAddMedia(member)) return 'forbidden';
    const now = nowIso();
    await trx
      .insertInto('media')
      .values({
        sha256: upload.sha256,
        mime: upload.mime,
        size: upload.bytes.length,
        bytes: upload.bytes,
        created_by: userId,
        created_at: now,
      })
      // Held already: the upload counts as new for the sweep of unused photos (its grace starts
      // again), and on PostgreSQL the update locks the row, so a sweep deleting it waits for us.
      .onConflict((oc) => oc.column('sha256').doUpdateSet({ created_at: now }))
      .execute();
    const held = await trx
      .selectFrom('plan_media')
      .select('sha256')
      .where('plan_id', '=', planId)
      .where('sha256', '=', upload.sha256)
      .executeTakeFirst();
    if (held) {
      await trx
        .updateTable('plan_media')
        .set({ created_at: now })
        .where('plan_id', '=', planId)
        .where('sha256', '=', upload.sha256)
        .execute();
      return 'held';
    }
    await trx
      .insertInto('plan_media')
      .values({
        plan_id: planId,
        sha256: upload.sha256,
        version: await nextVersion(trx, planId),
        created_by: userId,
        created_at: now,
      })
      .execute();
    await audit(trx, {
      actor: userId,
      planId,
      action: 'media.added',
      details: { bytes: upload.bytes.length },
    });
    return 'added';
  });
}

/** The bytes, if a plan this user is a live member of holds them and lets them see them. */
export async function readMedia(
  store: Store,
  userId: string,
  sha256: string,
): Promise<{ mime: string; bytes: Buffer } | undefined> {
  const holders = await store.db
    .selectFrom('plan_media')
    .select('plan_id')
    .where('sha256', '=', sha256)
    .execute();
  const members = await liveMemberships(store.db, userId, {
    planIds: holders.map((h) => h.plan_id),
  });
  let allowed = false;
  for (const member of members.values())
    if (await maySee(store, member, sha256)) {
      allowed = true;
      break;
    }
  if (!allowed) return undefined;
  const row = await store.db
    .selectFrom('media')
    .select(['mime', 'bytes'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? { mime: row.mime, bytes: Buffer.from(row.bytes) } : undefined;
}

/**
 * Whether a member may see a photo or recording: the person always; anyone else only through a
 * record they may see that refers to it (by a media field of its model), not "Only me".
 */
async function maySee(store: Store, member: Membership, sha256: string): Promise<boolean> {
  if (member.role === 'owner') return true;
  // The hash is 64 hex characters: a text match narrows the rows, the model then decides.
  const rows = await store.db
    .selectFrom('records')
    .select(['type', 'data'])
    .where('plan_id', '=', member.planId)
    .where('deleted', '=', 0)
    .where('data', 'like', `%${sha256}%`)
    .execute();
  return rows.some((r) => {
    const type = r.type as RecordType;
    const data = fromJson<Record<string, unknown>>(r.data);
    return mediaOf(type, data).includes(sha256) && canRead(member, type, data);
  });
}
