// Writing what the server said into IndexedDB. Each answer is applied in one Dexie transaction,
// and a pull page's checkpoint is written in the same transaction as its data, so the device can
// never believe it has a version it has not stored. A field with a change still waiting to be sent
// is never overwritten: the person's newest words stay on the screen until the server has them.
import type { MyReviewDb } from '../data/db';
import { noteStoppedSharing } from '../data/meta';
import { CURRENT_PLAN_KEY, newPlan } from '../data/plans';
import type { OutboxEntry, StoredRecord } from '../data/types';
import type { MutationResult, PullResponse, ServerRecord } from '../shared/protocol';
import type { Fields } from '../shared/records';
import { parsePermissions } from '../shared/sharing';
import { forgetWriters, rememberWriters } from '../data/writers';
import { droppedMedia, noteReleased } from '../data/mediaRelease';
import { accessChange, dropUnreadable, dropUnseenMedia, refuseWaiting } from './access';

interface Pending {
  /** Any change waiting for this record. */
  any: boolean;
  /** The fields with a change waiting. */
  fields: Set<string>;
  /** Conflicts the person has answered, answer not yet sent. */
  resolves: Set<string>;
}

async function pendingFor(d: MyReviewDb, recordId: string): Promise<Pending> {
  const entries = await d.outbox
    .where('recordId')
    .equals(recordId)
    .filter((e) => e.status === 'pending')
    .toArray();
  return {
    any: entries.length > 0,
    fields: new Set(entries.flatMap((e) => Object.keys(e.fields))),
    resolves: new Set(entries.flatMap((e) => e.resolves ?? [])),
  };
}

/**
 * The server answered a push: take the answered changes out of the outbox (a refused one stays,
 * marked, so the person can see it) and take the server's value of each field they named.
 */
export async function acknowledge(
  d: MyReviewDb,
  sent: OutboxEntry[],
  results: MutationResult[],
): Promise<void> {
  const bySeq = new Map(sent.map((e) => [e.mutationId, e]));
  await d.transaction('rw', d.records, d.outbox, async () => {
    const answered: [OutboxEntry, MutationResult][] = [];
    for (const r of results) {
      const entry = bySeq.get(r.mutationId);
      if (entry?.seq === undefined || !(await d.outbox.get(entry.seq))) continue;
      if (r.status === 'rejected') {
        await d.outbox.update(entry.seq, { status: 'rejected', reason: r.reason ?? 'rejected' });
      } else {
        await d.outbox.delete(entry.seq);
      }
      answered.push([entry, r]);
    }
    for (const [entry, r] of answered) {
      if (!r.fields) continue;
      const rec = await d.records.get(entry.recordId);
      if (!rec || rec.planId !== entry.planId) continue;
      const pending = await pendingFor(d, rec.id);
      const data = { ...rec.data };
      const rev = { ...rec.rev };
      for (const [f, state] of Object.entries(r.fields)) {
        if (pending.fields.has(f) || state.rev < (rev[f] ?? 0)) continue;
        if (state.rev === 0 && state.value === null) {
          delete data[f];
          delete rev[f];
        } else {
          data[f] = state.value;
          rev[f] = state.rev;
        }
      }
      const deleted = r.deleted !== undefined && !pending.any ? r.deleted : rec.deleted;
      await d.records.put({ ...rec, data, rev, deleted });
    }
  });
}

/** Applies one record; true when it was a copy this member may no longer hold. */
async function applyRecord(d: MyReviewDb, planId: string, rec: ServerRecord): Promise<boolean> {
  const local = await d.records.get(rec.id);
  if (local && local.planId !== planId) return false; // the same id in two plans: never mix them
  if (rec.hidden) {
    // The person made it "Only me", or this member may no longer see its area: drop the copy.
    // Words waiting to be sent for it are kept as refused, for the person to read and copy.
    await refuseWaiting(d, rec.id);
    await d.records.delete(rec.id);
    await d.conflicts.where('recordId').equals(rec.id).delete();
    return true;
  }
  const pending = await pendingFor(d, rec.id);
  const data: Fields = {};
  const rev: Record<string, number> = {};
  for (const [f, v] of Object.entries(rec.data)) {
    if (pending.fields.has(f)) continue;
    data[f] = v;
    rev[f] = rec.rev[f] ?? 0;
  }
  if (local) {
    for (const f of pending.fields) {
      if (f in local.data) data[f] = local.data[f]!;
      if (f in local.rev) rev[f] = local.rev[f]!;
    }
  }
  const keepLocal = pending.any && local;
  const next: StoredRecord = {
    planId,
    id: rec.id,
    type: rec.type,
    data,
    rev,
    deleted: keepLocal ? local.deleted : rec.deleted,
    createdAt: rec.createdAt,
    updatedAt: keepLocal ? local.updatedAt : rec.updatedAt,
    updatedBy: keepLocal ? local.updatedBy : rec.updatedBy,
  };
  await d.records.put(next);
  // Another device replaced or removed a photo: the server has it already, so no wait.
  if (local && !local.deleted)
    await noteReleased(d, planId, droppedMedia(local.data, next.deleted ? {} : next.data));
  await d.conflicts
    .where('recordId')
    .equals(rec.id)
    .and((c) => c.planId === planId)
    .delete();
  for (const c of rec.conflicts) {
    if (!pending.resolves.has(c.id)) await d.conflicts.put({ ...c, planId, type: rec.type });
  }
  return false;
}

/**
 * A plan this account can no longer see: its copy leaves this device. Work still waiting to be
 * sent is never deleted silently: such a plan stays until the person has seen what happened.
 */
export async function purgePlan(
  d: MyReviewDb,
  planId: string,
  { revoked = false } = {},
): Promise<void> {
  const waiting = await d.outbox
    .where('planId')
    .equals(planId)
    .filter((e) => e.status === 'pending')
    .count();
  // Sharing stopped: the server refuses anything more, so nothing is worth keeping the plan for.
  if (waiting && !revoked) return;
  await d.records.where('planId').equals(planId).delete();
  await d.conflicts.where('planId').equals(planId).delete();
  // Refused changes stay, with their words, until the person has read them (/conflicts).
  await d.outbox
    .where('planId')
    .equals(planId)
    .filter((e) => !revoked || e.status !== 'rejected')
    .delete();
  await d.media.where('planId').equals(planId).delete();
  await d.mediaQueue.where('planId').equals(planId).delete();
  await forgetWriters(d, planId);
  await d.plans.delete(planId);
  const current = await d.meta.get(CURRENT_PLAN_KEY);
  if (current?.value === planId) await d.meta.delete(CURRENT_PLAN_KEY);
}

/**
 * A plan this member may no longer see: it leaves the device, and they are told whose it was.
 * (The person's own plan going, deleted on another of their devices, is not "stopped sharing".)
 */
async function stoppedSharing(d: MyReviewDb, planId: string, erased: boolean): Promise<void> {
  const plan = await d.plans.get(planId);
  if (!plan) return;
  if (plan.role === 'owner') return purgePlan(d, planId);
  const profile = await d.records
    .where('planId')
    .equals(planId)
    .filter((r) => r.type === 'profile' && !r.deleted)
    .first();
  const name = typeof profile?.data.name === 'string' ? profile.data.name : '';
  await purgePlan(d, planId, { revoked: true });
  await noteStoppedSharing(d, { planId, name, ...(erased ? { reason: 'erased' as const } : {}) });
}

/**
 * Applies one pull answer in one transaction. Returns true when this account's access to a plan
 * grew (more permissions, another role): the plan's checkpoint went back to 0, and the caller
 * pulls again so records it may now see, unchanged for a while, arrive too.
 */
export async function applyPull(
  d: MyReviewDb,
  userId: string,
  res: PullResponse,
): Promise<boolean> {
  const tables = [d.plans, d.records, d.outbox, d.conflicts, d.media, d.mediaQueue, d.meta];
  return d.transaction('rw', tables, async () => {
    const changed = new Map<string, 'less' | 'more'>();
    for (const info of res.plans) {
      const plan = await d.plans.get(info.id);
      const permissions = info.permissions ? parsePermissions(info.permissions) : undefined;
      if (!plan) {
        const fresh = newPlan({ id: info.id, origin: 'server', role: info.role, userId });
        await d.plans.add(permissions ? { ...fresh, permissions } : fresh);
        continue;
      }
      const change = accessChange(plan, info);
      if (change !== 'same') changed.set(info.id, change);
      const samePermissions =
        !permissions || permissions.join() === (plan.permissions ?? []).join();
      if (
        plan.role !== info.role ||
        plan.userId !== userId ||
        plan.origin !== 'server' ||
        !samePermissions
      ) {
        await d.plans.update(info.id, {
          role: info.role,
          userId,
          origin: 'server',
          ...(permissions ? { permissions } : {}),
        });
      }
    }
    const erased = new Set(res.erasedPlans ?? []);
    for (const id of res.revokedPlans) await stoppedSharing(d, id, erased.has(id));
    const removed = new Set<string>();
    for (const page of res.pages) {
      const plan = await d.plans.get(page.planId);
      if (!plan) continue;
      for (const rec of page.records)
        if (await applyRecord(d, page.planId, rec)) removed.add(page.planId);
      for (const m of page.media) {
        if (!(await d.media.get(m.sha256))) await d.mediaQueue.put({ ...m, planId: page.planId });
      }
      await rememberWriters(d, page.planId, page.authors ?? []);
      // Forward only; backward only when the server says it is complete at a lower version
      // (its database was restored from a backup), so the device does not wait for ever.
      const restored = page.cursor === null && page.checkpoint < plan.checkpoint;
      if (page.checkpoint > plan.checkpoint || restored)
        await d.plans.update(plan.id, { checkpoint: page.checkpoint });
    }
    let again = false;
    for (const [planId, change] of changed) {
      const plan = (await d.plans.get(planId))!;
      if (plan.role === 'owner') continue;
      const access = { role: plan.role, permissions: plan.permissions ?? [] };
      if (await dropUnreadable(d, planId, access)) removed.add(planId);
      if (change === 'more') {
        await d.plans.update(planId, { checkpoint: 0 });
        again = true;
      }
    }
    for (const planId of removed) {
      const plan = await d.plans.get(planId);
      if (plan && plan.role !== 'owner') await dropUnseenMedia(d, planId);
    }
    return again;
  });
}
