// The three steps of a sync round, in this order: send what is waiting (oldest first, in batches),
// fetch what changed (page by page until done), then photos and recordings both ways.
import type { MyReviewDb } from '../data/db';
import { sha256Hex } from '../data/media';
import type { OutboxEntry } from '../data/types';
import {
  MutationSchema,
  PullResponseSchema,
  PushResponseSchema,
  type Cursor,
  type Mutation,
} from '../shared/protocol';
import { LIMITS } from '../shared/records';
import { acknowledge, applyPull } from './apply';
import { ApiError, type Transport } from './transport';

export function toMutation(e: OutboxEntry): Mutation {
  return {
    mutationId: e.mutationId,
    planId: e.planId,
    recordId: e.recordId,
    type: e.type,
    op: e.op,
    fields: e.fields,
    clientTime: e.clientTime,
    // An older app's delete (baseRev only) cannot say which fields it saw: it saw nothing.
    ...(e.op === 'delete' ? { seen: e.seen ?? {} } : {}),
    ...(e.seq !== undefined ? { clientSeq: e.seq } : {}),
    ...(e.op === 'resolve' ? { resolves: e.resolves ?? [] } : {}),
  };
}

/** Sends every waiting change of these plans, oldest first, up to 100 at a time. */
export async function pushOutbox(
  d: MyReviewDb,
  t: Transport,
  clientId: string,
  plans: Set<string>,
): Promise<number> {
  let sent = 0;
  for (let round = 0; round < 10_000; round++) {
    const batch = await d.outbox
      .orderBy('seq')
      .filter((e) => e.status === 'pending' && plans.has(e.planId))
      .limit(LIMITS.mutationsPerPush)
      .toArray();
    if (!batch.length) return sent;
    // A change the server would refuse as malformed is marked here, never sent: one bad entry
    // must not hold up everything queued behind it.
    const valid = batch.filter((e) => MutationSchema.safeParse(toMutation(e)).success);
    for (const e of batch) {
      if (!valid.includes(e))
        await d.outbox.update(e.seq!, { status: 'rejected', reason: 'invalid' });
    }
    if (!valid.length) continue;
    const answer = PushResponseSchema.parse(
      await t.json('POST', '/api/sync/push', { clientId, mutations: valid.map(toMutation) }),
    );
    await acknowledge(d, valid, answer.results);
    sent += valid.length;
  }
  return sent;
}

/** Fetches every change since this device's checkpoints, one page (one transaction) at a time. */
export async function pullChanges(
  d: MyReviewDb,
  t: Transport,
  clientId: string,
  userId: string,
  limit = 500,
): Promise<void> {
  const cursors = new Map<string, Cursor>();
  for (let round = 0; round < 10_000; round++) {
    const plans = (await d.plans.toArray()).filter(
      (p) => p.origin === 'server' && p.userId === userId,
    );
    const request = {
      clientId,
      limit,
      plans: Object.fromEntries(
        plans.map((p) => {
          const cursor = cursors.get(p.id);
          return [
            p.id,
            cursor ? { checkpoint: p.checkpoint, cursor } : { checkpoint: p.checkpoint },
          ];
        }),
      ),
    };
    const answer = PullResponseSchema.parse(await t.json('POST', '/api/sync/pull', request));
    const again = await applyPull(d, userId, answer);
    for (const page of answer.pages) {
      if (page.cursor) cursors.set(page.planId, page.cursor);
      else cursors.delete(page.planId);
    }
    // Access grew: the plan starts again from 0, with no cursor of the old reading.
    if (again) cursors.clear();
    if (!answer.more && !again) return;
  }
}

/** Sends photos and recordings not yet on the server. */
export async function uploadMedia(
  d: MyReviewDb,
  t: Transport,
  plans: Set<string>,
  refused: Set<string>,
): Promise<void> {
  const waiting = await d.media
    .filter((m) => m.uploaded === 0 && plans.has(m.planId) && !refused.has(m.sha256))
    .toArray();
  for (const m of waiting) {
    try {
      await t.putBytes(`/api/media/${m.sha256}`, m.bytes, {
        'Content-Type': m.mime,
        'X-Plan-Id': m.planId,
      });
      await d.media.update(m.sha256, { uploaded: 1 });
    } catch (error) {
      // Refused for good (too big, wrong type): keep it on this device, do not try again now.
      if (error instanceof ApiError && ![401, 408, 429].includes(error.status)) {
        refused.add(m.sha256);
        continue;
      }
      throw error;
    }
  }
}

/** Fetches photos and recordings other devices added, and checks each is exactly what it should be. */
export async function downloadMedia(d: MyReviewDb, t: Transport): Promise<void> {
  for (const q of await d.mediaQueue.toArray()) {
    if (await d.media.get(q.sha256)) {
      await d.mediaQueue.delete(q.sha256);
      continue;
    }
    let got: { bytes: ArrayBuffer; mime: string };
    try {
      got = await t.getBytes(`/api/media/${q.sha256}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        await d.mediaQueue.delete(q.sha256);
        continue;
      }
      throw error;
    }
    if ((await sha256Hex(got.bytes)) !== q.sha256) continue; // damaged on the way: next time
    await d.transaction('rw', d.media, d.mediaQueue, async () => {
      await d.media.put({
        sha256: q.sha256,
        planId: q.planId,
        mime: q.mime,
        bytes: got.bytes,
        size: got.bytes.byteLength,
        createdAt: new Date().toISOString(),
        uploaded: 1,
      });
      await d.mediaQueue.delete(q.sha256);
    });
  }
}
