// When the person changes what a member may see (fewer permissions, another role), the member's
// device drops, at its next sync, every record it may no longer read, and the photos and
// recordings nothing it may read refers to. The server never sends what a member may not read;
// this is what the device already held. The check is the one the server uses (shared/sharing.ts).
import type { MyReviewDb } from '../data/db';
import type { Plan } from '../data/types';
import type { PlanInfo } from '../shared/protocol';
import { canRead, mediaOf, parsePermissions, type Access } from '../shared/sharing';

/** What changed in this account's access: nothing, only less, or something more (maybe less too). */
export function accessChange(plan: Plan, info: PlanInfo): 'same' | 'less' | 'more' {
  if (!info.permissions) return 'same'; // an older server: it says nothing
  const next = parsePermissions(info.permissions);
  if (!plan.permissions) return 'same'; // first time told: nothing to compare with
  // Another role reads by other rules (a viewer: what is for the panel): treat it as more.
  if (plan.role !== info.role) return 'more';
  if (next.some((p) => !plan.permissions!.includes(p))) return 'more';
  return plan.permissions.some((p) => !next.includes(p)) ? 'less' : 'same';
}

/**
 * A change this member made that the server will not take now (the record left their device):
 * kept, marked refused, so the person sees their words on /conflicts and can copy them.
 */
export async function refuseWaiting(d: MyReviewDb, recordId: string): Promise<void> {
  await d.outbox
    .where('recordId')
    .equals(recordId)
    .filter((e) => e.status === 'pending')
    .modify({ status: 'rejected', reason: 'forbidden' });
}

/** Drops every record of the plan this access may not read; true when any went. */
export async function dropUnreadable(d: MyReviewDb, planId: string, access: Access) {
  const gone = await d.records
    .where('planId')
    .equals(planId)
    .filter((r) => !canRead(access, r.type, r.data))
    .toArray();
  for (const r of gone) {
    await refuseWaiting(d, r.id);
    await d.conflicts.where('recordId').equals(r.id).delete();
    await d.records.delete(r.id);
  }
  return gone.length > 0;
}

/**
 * Photos and recordings of a member's plan that no record on the device refers to any more. One
 * made on this device and not yet sent stays: it may be about to be saved into an answer.
 */
export async function dropUnseenMedia(d: MyReviewDb, planId: string): Promise<void> {
  const used = new Set<string>();
  await d.records
    .where('planId')
    .equals(planId)
    .each((r) => {
      if (!r.deleted) for (const sha of mediaOf(r.type, r.data)) used.add(sha);
    });
  await d.media
    .where('planId')
    .equals(planId)
    .filter((m) => m.uploaded === 1 && !used.has(m.sha256))
    .delete();
  // Queued ones are left: fetching one it may no longer see gets the server's 404, which ends it.
}
