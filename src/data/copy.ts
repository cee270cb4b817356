// What "Save a copy of everything" reads and what "Bring back from a copy" writes. The archive
// itself (zip, checks, summary) is src/features/mydata; this is only the IndexedDB side of it.
import type { FieldChange, Fields, RecordType } from '../shared/records';
import { db, type MyReviewDb } from './db';
import { getClientId } from './meta';
import { CURRENT_PLAN_KEY, newPlan } from './plans';
import { deleteEntry, outboxEntry } from './records';
import { guardWrite } from './storage';
import type { Plan, StoredMedia, StoredRecord } from './types';

/** Every plan on this device and every record of them, removed ones too (they say "removed"). */
export async function readEverything(
  d: MyReviewDb = db(),
): Promise<{ plans: Plan[]; records: StoredRecord[] }> {
  return d.transaction('r', d.plans, d.records, async () => ({
    plans: await d.plans.toArray(),
    records: await d.records.toArray(),
  }));
}

/**
 * The photos and recordings on this device, by hash only: the copy reads their bytes one at a time
 * (getMedia), so hundreds of megabytes never sit in memory together.
 */
export async function listMediaKeys(d: MyReviewDb = db()): Promise<string[]> {
  return (await d.media.toCollection().primaryKeys()) as string[];
}

export interface RestorePlan {
  id: string;
  role: Plan['role'];
  createdAt: string;
}

export interface RestoreRecord {
  planId: string;
  id: string;
  type: RecordType;
  data: Fields;
  rev: Record<string, number>;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RestoreResult {
  /** Records this device did not have and now has. */
  added: number;
  /** Records already here: kept as they are on this device. */
  kept: number;
}

/** A record of the copy has the id of a record of another plan on this device. */
export class CopyClashError extends Error {
  constructor(readonly recordId: string) {
    super(`Record ${recordId} belongs to another plan on this device`);
    this.name = 'CopyClashError';
  }
}

/**
 * Stores a photo or recording from a copy (its hash already checked). One at a time, before the
 * records, so a copy of 500 MB never sits in memory. A photo already here is left as it is.
 */
export async function putCopiedMedia(
  m: { sha256: string; planId: string; mime: string; bytes: ArrayBuffer },
  d: MyReviewDb = db(),
): Promise<boolean> {
  return guardWrite(() =>
    d.transaction('rw', d.media, async () => {
      if (await d.media.get(m.sha256)) return false;
      const row: StoredMedia = {
        ...m,
        size: m.bytes.byteLength,
        createdAt: new Date().toISOString(),
        // Not yet on the server as far as this device knows: the next sync sends it (a repeat is a
        // no-op there).
        uploaded: 0,
      };
      await d.media.add(row);
      return true;
    }),
  );
}

/**
 * Brings back the plans and records of a copy, in ONE transaction: all of it or none of it.
 *
 * The plan becomes this device's own work, exactly like words typed here: a plan the device does
 * not hold arrives as a local plan (the person's own) that sign-in claims, or as a shared plan the
 * next pull recognises. Each record this device does not have is written with the server
 * revisions it had when the copy was made, and one outbox change carries those revisions as its
 * base: the server then applies what it has not got, ignores what it already has, and turns what
 * changed since into a conflict for the person, by its ordinary rules. A record already on this
 * device stays as it is (it is the same or newer), so bringing a copy back twice adds nothing.
 */
export async function restoreCopy(
  plans: RestorePlan[],
  records: RestoreRecord[],
  d: MyReviewDb = db(),
): Promise<RestoreResult> {
  const by = await getClientId(d);
  return guardWrite(() =>
    d.transaction('rw', [d.plans, d.records, d.outbox, d.meta], async () => {
      const now = new Date().toISOString();
      for (const r of records) {
        const there = await d.records.get(r.id);
        if (there && there.planId !== r.planId) throw new CopyClashError(r.id);
      }
      const current = (await d.meta.get(CURRENT_PLAN_KEY))?.value;
      for (const p of plans) {
        if (await d.plans.get(p.id)) continue;
        const plan = newPlan({ id: p.id, origin: p.role === 'owner' ? 'local' : 'server', role: p.role });
        await d.plans.add({ ...plan, createdAt: p.createdAt });
      }
      let added = 0;
      let kept = 0;
      for (const r of records) {
        if (await d.records.get(r.id)) {
          kept++;
          continue;
        }
        const synced = Object.keys(r.rev).length > 0;
        // A removal nobody else ever saw: nothing to bring back or to tell the server.
        if (r.deleted && !synced) continue;
        const record: StoredRecord = { ...r, updatedBy: by };
        await d.records.put(record);
        const ref = { planId: r.planId, id: r.id, type: r.type };
        if (r.deleted) {
          await d.outbox.add(deleteEntry(ref, record, now));
        } else {
          const fields: Record<string, FieldChange> = {};
          for (const [name, value] of Object.entries(r.data))
            fields[name] = { value, baseRev: r.rev[name] ?? 0 };
          await d.outbox.add(outboxEntry(ref, synced ? 'patch' : 'create', fields, now));
        }
        added++;
      }
      await dropEmptyLocalPlans(d, new Set(plans.map((p) => p.id)));
      const stillThere =
        typeof current === 'string' && !!(await d.plans.get(current));
      const first = plans.find((p) => p.role === 'owner') ?? plans[0];
      if (first && (!stillThere || (await isEmptyPlan(d, current as string))))
        await d.meta.put({ key: CURRENT_PLAN_KEY, value: first.id });
      return { added, kept };
    }),
  );
}

async function isEmptyPlan(d: MyReviewDb, planId: string): Promise<boolean> {
  return (
    (await d.records.where('planId').equals(planId).count()) === 0 &&
    (await d.outbox.where('planId').equals(planId).count()) === 0
  );
}

/**
 * The empty plan a fresh tablet makes on first use would otherwise stay beside the one brought
 * back, and be claimed or merged at sign-in for nothing.
 */
async function dropEmptyLocalPlans(d: MyReviewDb, keep: Set<string>): Promise<void> {
  for (const p of await d.plans.toArray()) {
    if (p.origin === 'local' && !keep.has(p.id) && (await isEmptyPlan(d, p.id)))
      await d.plans.delete(p.id);
  }
}
