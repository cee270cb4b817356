// Sending the feedback or the review pack to a professional. The professional's access is one row
// of `deliveries`: one item of one plan, for one email address, until 30 days after the review.
// It is never a membership of the plan, so push, pull and /api/media (which ask members.ts) give
// them nothing; this module alone answers them, with exactly the item's records, read live (so a
// change after sending is what they see next) and never a record marked "Only me".
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  deliveryExpiry,
  type Delivery,
  type DeliveryItem,
  type DeliveryView,
  type SendDelivery,
  type SharedRecord,
} from '../../shared/deliveries';
import { MODELS } from '../../shared/models';
import { FOR_PANEL, ONLY_ME, mediaOf } from '../../shared/sharing';
import type { RecordType } from '../../shared/records';
import { audit } from '../audit';
import { fromJson, nowIso } from '../store/json';
import type { Database, DeliveriesTable } from '../store/schema';
import type { Membership } from './members';

type Db = Kysely<Database>;

/** Who may send (and see what was sent): the person, or a member who helps with the feedback. */
export function maySend(member: Membership | undefined): boolean {
  if (!member) return false;
  if (member.role === 'owner') return true;
  return member.role !== 'viewer' && member.permissions.includes('helpFeedback');
}

/** The record types each item is made of. The pack: "about me" and answers for the panel. */
const ITEM_TYPES: Record<DeliveryItem, RecordType[]> = {
  feedback: ['feedbackVersion'],
  pack: ['participation', 'adjustment', 'question', 'answer'],
};

interface Row {
  id: string;
  type: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

async function liveRecords(db: Db, planId: string, types: RecordType[]): Promise<Row[]> {
  const rows = await db
    .selectFrom('records')
    .select(['id', 'type', 'data', 'updated_at'])
    .where('plan_id', '=', planId)
    .where('deleted', '=', 0)
    .where('type', 'in', types)
    .orderBy('id')
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      type: r.type,
      data: fromJson<Record<string, unknown>>(r.data),
      updatedAt: r.updated_at,
    }))
    .filter((r) => r.data[ONLY_ME] !== true);
}

/** Only the fields the record's model names, without the privacy flags: nothing else leaves. */
function shareable(row: Row): SharedRecord {
  const fields = MODELS[row.type as RecordType].fields as Record<string, unknown>;
  const data: SharedRecord['data'] = {};
  for (const [k, v] of Object.entries(row.data as SharedRecord['data']))
    if (Object.hasOwn(fields, k) && k !== ONLY_ME && k !== FOR_PANEL) data[k] = v;
  return { id: row.id, type: row.type, data };
}

const versionOf = (r: Row) => (typeof r.data.version === 'number' ? r.data.version : 0);

/** The records of an item as they are now: the newest finished feedback, or the pack. */
async function itemRecords(db: Db, planId: string, item: DeliveryItem): Promise<Row[]> {
  const rows = await liveRecords(db, planId, ITEM_TYPES[item]);
  if (item === 'feedback') {
    const newest = rows.reduce<Row | undefined>(
      (best, r) => (versionOf(r) > 0 && (!best || versionOf(r) > versionOf(best)) ? r : best),
      undefined,
    );
    return newest ? [newest] : [];
  }
  return rows.filter((r) => r.type !== 'answer' || r.data[FOR_PANEL] === true);
}

async function singletonField(db: Db, planId: string, type: RecordType, field: string) {
  const row = await db
    .selectFrom('records')
    .select('data')
    .where('plan_id', '=', planId)
    .where('type', '=', type)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  const value = row ? fromJson<Record<string, unknown>>(row.data)[field] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function toDelivery(row: DeliveriesTable): Delivery {
  return {
    id: row.id,
    item: row.item,
    toName: row.to_name,
    toRole: row.to_role,
    toEmail: row.to_email,
    sentAt: row.sent_at!,
    openedAt: row.opened_at,
    expiresAt: row.expires_at,
    sentVersion: row.sent_version,
  };
}

/** What was sent from a plan (only what the email server accepted), newest first. */
export async function listDeliveries(db: Db, planId: string): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('sent_at', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map(toDelivery);
}

export type Prepared =
  | { ok: true; row: DeliveriesTable; personName: string | null; reviewDate: string | null }
  | { ok: false; reason: 'nothing_to_send' };

/** Checks there is something to send, and makes the row; it opens nothing until marked sent. */
export async function prepareDelivery(
  db: Db,
  userId: string,
  planId: string,
  body: SendDelivery,
): Promise<Prepared> {
  const records = await itemRecords(db, planId, body.item);
  if (body.item === 'feedback' && records.length === 0)
    return { ok: false, reason: 'nothing_to_send' };
  const reviewDate = await singletonField(db, planId, 'review', 'date');
  const now = new Date();
  const row: DeliveriesTable = {
    id: randomUUID(),
    plan_id: planId,
    item: body.item,
    to_name: body.to.name,
    to_role: body.to.role,
    to_email: body.to.email,
    sent_by: userId,
    created_at: now.toISOString(),
    sent_at: null,
    failed_at: null,
    opened_at: null,
    opened_by: null,
    expires_at: deliveryExpiry(reviewDate, now),
    sent_version: body.item === 'feedback' ? versionOf(records[0]!) : null,
  };
  await db.insertInto('deliveries').values(row).execute();
  return {
    ok: true,
    row,
    personName: await singletonField(db, planId, 'profile', 'name'),
    reviewDate,
  };
}

export async function markSent(db: Db, row: DeliveriesTable): Promise<Delivery> {
  const sentAt = nowIso();
  await db.updateTable('deliveries').set({ sent_at: sentAt }).where('id', '=', row.id).execute();
  await audit(db, {
    actor: row.sent_by,
    planId: row.plan_id,
    action: 'delivery.sent',
    target: row.id,
    details: { item: row.item },
  });
  return toDelivery({ ...row, sent_at: sentAt });
}

export async function markFailed(db: Db, row: DeliveriesTable): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({ failed_at: nowIso() })
    .where('id', '=', row.id)
    .execute();
}

/**
 * The delivery this signed-in address may open: sent, not expired, its plan not deleted, and sent
 * to exactly this address. Anything else is undefined, the same answer for every reason.
 */
async function openable(db: Db, deliveryId: string, email: string) {
  const row = await db
    .selectFrom('deliveries')
    .innerJoin('plans', 'plans.id', 'deliveries.plan_id')
    .selectAll('deliveries')
    .where('deliveries.id', '=', deliveryId)
    .where('plans.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row || !row.sent_at || row.failed_at) return undefined;
  if (row.expires_at <= nowIso() || row.to_email !== email.toLowerCase()) return undefined;
  return row;
}

/** The professional opens what was sent: the item as it is now. The first look is recorded. */
export async function openDelivery(
  db: Db,
  deliveryId: string,
  user: { userId: string; email: string },
): Promise<DeliveryView | undefined> {
  const row = await openable(db, deliveryId, user.email);
  if (!row) return undefined;
  const records = await itemRecords(db, row.plan_id, row.item);
  if (!row.opened_at) {
    const at = nowIso();
    const first = await db
      .updateTable('deliveries')
      .set({ opened_at: at, opened_by: user.userId })
      .where('id', '=', row.id)
      .where('opened_at', 'is', null)
      .executeTakeFirst();
    if (Number(first.numUpdatedRows) === 1)
      await audit(db, {
        actor: user.userId,
        planId: row.plan_id,
        action: 'delivery.opened',
        target: row.id,
        details: { item: row.item },
      });
  }
  return {
    item: row.item,
    toName: row.to_name,
    toRole: row.to_role,
    sentAt: row.sent_at!,
    expiresAt: row.expires_at,
    personName: (await singletonField(db, row.plan_id, 'profile', 'name')) ?? '',
    reviewDate: await singletonField(db, row.plan_id, 'review', 'date'),
    sentVersion: row.sent_version,
    records: records.map(shareable),
  };
}

/** A photo, recording or drawing of the item, for the professional who may open it. */
export async function deliveryMedia(
  db: Db,
  deliveryId: string,
  email: string,
  sha256: string,
): Promise<{ mime: string; bytes: Buffer } | undefined> {
  const row = await openable(db, deliveryId, email);
  if (!row) return undefined;
  const records = await itemRecords(db, row.plan_id, row.item);
  const referenced = records.some((r) => mediaOf(r.type as RecordType, r.data).includes(sha256));
  if (!referenced) return undefined;
  const held = await db
    .selectFrom('plan_media')
    .innerJoin('media', 'media.sha256', 'plan_media.sha256')
    .select(['media.mime', 'media.bytes'])
    .where('plan_media.plan_id', '=', row.plan_id)
    .where('plan_media.sha256', '=', sha256)
    .executeTakeFirst();
  return held ? { mime: held.mime, bytes: Buffer.from(held.bytes) } : undefined;
}
