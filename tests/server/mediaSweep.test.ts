// The sweep of photos and recordings nobody uses (issue 12 item 5), on both databases: an old
// photo no live record refers to is deleted (bytes too, unless another plan holds them); one a
// record, or an open question, refers to stays; and an upload plus the push that uses it, raced
// against sweeps, never loses the photo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepUnusedMedia } from '../../src/server/media/sweep';
import { uuidv7 } from '../../src/shared/ids';
import { DATABASES, startHarness, type Device, type Harness } from './support/harness';
import { JPEG, putMedia, sha } from './support/members';
import { mutation, pushAs } from './support/mutations';

const photo = (label: string) => Buffer.concat([JPEG, Buffer.from(`${label}-${uuidv7()}`)]);
const DAY = 24 * 60 * 60_000;
/** A sweep two days from now: every photo uploaded so far is past the day's grace. */
const later = () => ({ now: new Date(Date.now() + 2 * DAY) });

const upload = putMedia;

const fetchAs = (h: Harness, d: Device, hash: string) =>
  h.request('GET', `/api/media/${hash}`, undefined, d.cookie);

async function bytesStored(h: Harness, hash: string): Promise<boolean> {
  return !!(await h.db
    .selectFrom('media')
    .select('sha256')
    .where('sha256', '=', hash)
    .executeTakeFirst());
}

async function planHolds(h: Harness, planId: string, hash: string): Promise<boolean> {
  return !!(await h.db
    .selectFrom('plan_media')
    .select('sha256')
    .where('plan_id', '=', planId)
    .where('sha256', '=', hash)
    .executeTakeFirst());
}

describe.each(DATABASES)('deleting photos nobody uses, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('deletes an old photo no record refers to, and keeps the ones records use', async () => {
    const sam = await h.owner(`sam-sweep-${kind}@example.org`);
    const used = photo('used');
    const replaced = photo('replaced');
    const removedWithRecord = photo('removed-record');
    for (const b of [used, replaced, removedWithRecord])
      expect((await upload(h, sam, sam.planId, b)).statusCode).toBe(201);
    await pushAs(h, sam, [
      mutation(sam.planId, 'a1', { photo: [sha(replaced), 0] }, { op: 'create' }),
      mutation(sam.planId, 'a2', { photo: [sha(removedWithRecord), 0] }, { op: 'create' }),
    ]);
    // The person replaces one photo and removes the record that held another.
    await pushAs(h, sam, [
      mutation(sam.planId, 'a1', { photo: [sha(used), 1] }),
      mutation(sam.planId, 'a2', {}, { op: 'delete', seen: { photo: 1 } }),
    ]);

    // Within the grace nothing goes, used or not.
    expect(await sweepUnusedMedia(h.store)).toEqual({ released: 0, deleted: 0 });
    expect(await bytesStored(h, sha(replaced))).toBe(true);

    const result = await sweepUnusedMedia(h.store, later());
    expect(result).toEqual({ released: 2, deleted: 2 });
    expect(await bytesStored(h, sha(replaced))).toBe(false);
    expect(await bytesStored(h, sha(removedWithRecord))).toBe(false);
    expect((await fetchAs(h, sam, sha(replaced))).statusCode).toBe(404);
    // The photo the answer shows now is still there, to the byte.
    const kept = await fetchAs(h, sam, sha(used));
    expect(kept.statusCode).toBe(200);
    expect(Buffer.from(kept.rawPayload).equals(used)).toBe(true);
  });

  it('keeps bytes another plan still uses, and a photo an open question may bring back', async () => {
    const sam = await h.owner(`sam-two-${kind}@example.org`);
    const jo = await h.owner(`jo-two-${kind}@example.org`);
    const both = photo('both');
    expect((await upload(h, sam, sam.planId, both)).statusCode).toBe(201);
    expect((await upload(h, jo, jo.planId, both)).statusCode).toBe(201);
    await pushAs(h, jo, [mutation(jo.planId, 'j1', { photo: [sha(both), 0] }, { op: 'create' })]);

    // A question: two devices set the same answer's photo from the same revision.
    const first = photo('first');
    const second = photo('second');
    const samTwo = await h.signIn(`sam-two-${kind}@example.org`);
    for (const b of [first, second])
      expect((await upload(h, sam, sam.planId, b)).statusCode).toBe(201);
    await pushAs(h, sam, [mutation(sam.planId, 'q1', { words: ['hi', 0] }, { op: 'create' })]);
    await pushAs(h, sam, [mutation(sam.planId, 'q1', { photo: [sha(first), 0] })]);
    await pushAs(h, samTwo, [mutation(sam.planId, 'q1', { photo: [sha(second), 0] })]);
    const open = await h.db
      .selectFrom('conflicts')
      .select('id')
      .where('plan_id', '=', sam.planId)
      .where('resolved_at', 'is', null)
      .execute();
    expect(open.length).toBeGreaterThan(0);

    await sweepUnusedMedia(h.store, later());
    // Sam's plan no longer holds the shared photo; Jo's does, so the bytes stay for Jo.
    expect(await planHolds(h, sam.planId, sha(both))).toBe(false);
    expect(await planHolds(h, jo.planId, sha(both))).toBe(true);
    expect((await fetchAs(h, jo, sha(both))).statusCode).toBe(200);
    // Both sides of the open question are kept: the person may still choose either.
    expect(await planHolds(h, sam.planId, sha(first))).toBe(true);
    expect(await planHolds(h, sam.planId, sha(second))).toBe(true);
  });

  it('an upload and the push that uses it, raced against sweeps, never lose the photo', async () => {
    const sam = await h.owner(`sam-race-${kind}@example.org`);
    const rounds = 12;
    const photos: Buffer[] = [];
    await Promise.all(
      Array.from({ length: rounds }, async (_, i) => {
        const bytes = photo(`race-${i}`);
        photos.push(bytes);
        const device = async () => {
          expect((await upload(h, sam, sam.planId, bytes)).statusCode).toBe(201);
          const [answer] = await pushAs(h, sam, [
            mutation(sam.planId, `race-${i}`, { photo: [sha(bytes), 0] }, { op: 'create' }),
          ]);
          expect(answer!.status).not.toBe('rejected');
        };
        // Sweeps with the real grace, started before, during and after the upload and the push.
        await Promise.all([
          sweepUnusedMedia(h.store),
          device(),
          sweepUnusedMedia(h.store),
          sweepUnusedMedia(h.store),
        ]);
      }),
    );
    // And once the grace has passed: each photo is in use, so it stays.
    await sweepUnusedMedia(h.store, later());
    for (const bytes of photos) {
      const got = await fetchAs(h, sam, sha(bytes));
      expect(got.statusCode).toBe(200);
      expect(Buffer.from(got.rawPayload).equals(bytes)).toBe(true);
    }
  });

  it('a photo uploaded again after its grace passed starts a new grace, even mid-sweep', async () => {
    const sam = await h.owner(`sam-again-${kind}@example.org`);
    const bytes = photo('again');
    expect((await upload(h, sam, sam.planId, bytes)).statusCode).toBe(201);
    // Long unused: the sweep removes it from the plan and deletes the bytes.
    await sweepUnusedMedia(h.store, later());
    expect(await bytesStored(h, sha(bytes))).toBe(false);
    // Uploaded again (a device that had kept it), raced against a sweep that thinks it is
    // two days later: the fresh upload and the push that uses it must both hold.
    await Promise.all([
      (async () => {
        expect((await upload(h, sam, sam.planId, bytes)).statusCode).toBe(201);
        await pushAs(h, sam, [
          mutation(sam.planId, 'again', { photo: [sha(bytes), 0] }, { op: 'create' }),
        ]);
      })(),
      sweepUnusedMedia(h.store),
    ]);
    await sweepUnusedMedia(h.store, later());
    expect((await fetchAs(h, sam, sha(bytes))).statusCode).toBe(200);
  });
});
