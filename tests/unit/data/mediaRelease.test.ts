// Photos and recordings nobody uses leave the tablet (issue 12 item 5): a replaced photo goes
// once the server has acknowledged the change (at once on a plan only on this tablet), and stays
// while the change is still waiting, while another record still shows it (the same bytes in two
// records), while Undo could bring it back, and when the server refused the change.
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { getMedia, putMedia } from '../../../src/data/media';
import {
  deleteUnusedMedia,
  holdMedia,
  mediaCleanUpDone,
} from '../../../src/data/mediaRelease';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { createRecord, deleteRecord, saveField } from '../../../src/data/records';
import { acknowledge, applyPull } from '../../../src/sync/apply';

const bytes = (label: string) => new TextEncoder().encode(`photo ${label}`).buffer as ArrayBuffer;

async function localPlan() {
  return (await ensureCurrentPlan()).id;
}

/** A plan this tablet syncs with an account (what claiming at sign-in makes of it). */
async function syncedPlan() {
  const plan = await ensureCurrentPlan();
  await db().plans.update(plan.id, { origin: 'server', userId: 'user-1' });
  return plan.id;
}

/** The server answers every waiting change: applied. */
async function serverAcknowledgesAll() {
  const sent = await db().outbox.where('status').equals('pending').toArray();
  await acknowledge(
    db(),
    sent,
    sent.map((e) => ({ mutationId: e.mutationId, status: 'applied' as const })),
  );
}

async function stored(sha: string) {
  return !!(await getMedia(sha));
}

describe('a photo replaced on a synced plan', () => {
  it('is deleted from the tablet once the server has acknowledged the change', async () => {
    const planId = await syncedPlan();
    const first = await putMedia(planId, bytes('first'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    const second = await putMedia(planId, bytes('second'), 'image/jpeg');
    await saveField(ref, 'photo', second);
    await mediaCleanUpDone();

    // Not acknowledged yet: the server may still need it (and the change may be refused).
    expect(await deleteUnusedMedia()).toBe(0);
    expect(await stored(first)).toBe(true);

    await serverAcknowledgesAll();
    expect(await deleteUnusedMedia()).toBe(1);
    expect(await stored(first)).toBe(false);
    expect(await stored(second)).toBe(true);
  });

  it('is kept while the change that replaced it is still waiting', async () => {
    const planId = await syncedPlan();
    const first = await putMedia(planId, bytes('waiting'), 'image/jpeg');
    const ref = await createRecord(planId, 'diary', { photo: first });
    await saveField(ref, 'photo', null);
    await mediaCleanUpDone();
    await deleteUnusedMedia();
    expect(await stored(first)).toBe(true);
  });

  it('is kept when the server refused the change: its record still shows it', async () => {
    const planId = await syncedPlan();
    const first = await putMedia(planId, bytes('refused'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    await serverAcknowledgesAll();
    await saveField(ref, 'photo', null);
    const sent = await db().outbox.where('status').equals('pending').toArray();
    await acknowledge(
      db(),
      sent,
      sent.map((e) => ({
        mutationId: e.mutationId,
        status: 'rejected' as const,
        reason: 'forbidden',
      })),
    );
    await deleteUnusedMedia();
    expect(await stored(first)).toBe(true);
  });

  it('goes when its record is removed and the server has that', async () => {
    const planId = await syncedPlan();
    const voice = await putMedia(planId, bytes('voice'), 'audio/webm');
    const ref = await createRecord(planId, 'diary', { words: 'A good day', voice });
    await serverAcknowledgesAll();
    await deleteRecord(ref);
    await mediaCleanUpDone();
    expect(await stored(voice)).toBe(true);
    await serverAcknowledgesAll();
    await deleteUnusedMedia();
    expect(await stored(voice)).toBe(false);
  });
});

describe('the same bytes used by two records', () => {
  it('stay while another record still shows them, and go when the last one lets go', async () => {
    const planId = await syncedPlan();
    const shared = await putMedia(planId, bytes('shared'), 'image/jpeg');
    // The same photo chosen twice is stored once, under one name.
    expect(await putMedia(planId, bytes('shared'), 'image/jpeg')).toBe(shared);
    const a = await createRecord(planId, 'answer', { photo: shared });
    const b = await createRecord(planId, 'attendee', { name: 'Ali', photo: shared });
    await saveField(a, 'photo', null);
    await serverAcknowledgesAll();
    await deleteUnusedMedia();
    expect(await stored(shared)).toBe(true);

    await deleteRecord(b);
    await serverAcknowledgesAll();
    await deleteUnusedMedia();
    expect(await stored(shared)).toBe(false);
  });
});

describe('a plan only on this tablet', () => {
  it('deletes a replaced photo at once: there is no server to wait for', async () => {
    const planId = await localPlan();
    const first = await putMedia(planId, bytes('local first'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    const second = await putMedia(planId, bytes('local second'), 'image/jpeg');
    await saveField(ref, 'photo', second);
    await mediaCleanUpDone();
    expect(await stored(first)).toBe(false);
    expect(await stored(second)).toBe(true);
  });

  it('keeps a photo Undo could still put back, and lets it go after', async () => {
    const planId = await localPlan();
    const first = await putMedia(planId, bytes('undo'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    const letGo = holdMedia(() => [first]);
    await saveField(ref, 'photo', null);
    await mediaCleanUpDone();
    expect(await stored(first)).toBe(true);
    letGo();
    await deleteUnusedMedia();
    expect(await stored(first)).toBe(false);
  });

  it('keeps a photo put back before the clean-up ran', async () => {
    const planId = await localPlan();
    const first = await putMedia(planId, bytes('back'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    await saveField(ref, 'photo', null);
    await saveField(ref, 'photo', first);
    await mediaCleanUpDone();
    await deleteUnusedMedia();
    expect(await stored(first)).toBe(true);
  });

  it('never deletes a new photo not yet saved into a record', async () => {
    const planId = await localPlan();
    const old = await putMedia(planId, bytes('old'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: old });
    const fresh = await putMedia(planId, bytes('just taken'), 'image/jpeg');
    await saveField(ref, 'photo', null);
    await mediaCleanUpDone();
    expect(await stored(fresh)).toBe(true);
  });
});

describe('a change from another device', () => {
  it('that replaced a photo lets this tablet delete its copy', async () => {
    const planId = await syncedPlan();
    const first = await putMedia(planId, bytes('theirs'), 'image/jpeg');
    const ref = await createRecord(planId, 'answer', { photo: first });
    await serverAcknowledgesAll();
    const record = (await db().records.get(ref.id))!;
    await applyPull(db(), 'user-1', {
      plans: [],
      revokedPlans: [],
      more: false,
      pages: [
        {
          planId,
          checkpoint: 5,
          cursor: null,
          media: [],
          records: [
            {
              id: ref.id,
              type: 'answer',
              data: { photo: null },
              rev: { photo: 5 },
              deleted: false,
              version: 5,
              createdAt: record.createdAt,
              updatedAt: new Date().toISOString(),
              updatedBy: 'other-device',
              conflicts: [],
            },
          ],
        },
      ],
    });
    await deleteUnusedMedia();
    expect(await stored(first)).toBe(false);
  });
});
