// A member's device, against the real server, when the person changes what they may see: at the
// member's next sync, what they may no longer read leaves their device (records, conflicts,
// photos), their unsent words for it are kept as refused, and what they may now see arrives,
// even records that did not change. Also who wrote each record reaches the device.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMedia, putMedia } from '../../src/data/media';
import { getCurrentPlanId } from '../../src/data/plans';
import { keyedRef } from '../../src/data/recordIds';
import { createRecord, saveField, saveFields } from '../../src/data/records';
import { getWriters } from '../../src/data/writers';
import type { Permission } from '../../src/shared/sharing';
import { getAccount } from '../../src/sync/account';
import { changeMember } from '../../src/sync/sharing';
import { DATABASES, startHarness, type Harness } from './support/harness';
import { device, type TestDevice } from './support/devices';

describe.each(DATABASES)('a member’s device on %s', (kind) => {
  let h: Harness;
  let sam: TestDevice;
  let alex: TestDevice;
  let planId: string;
  let alexId: string;
  let photo: string;
  const answer = () => keyedRef(planId, 'answer', 'safe');
  let attendeeId: string;
  let privateId: string;

  const held = (id: string) => alex.db.records.get(id);
  async function allow(permissions: Permission[]) {
    await changeMember(sam.transport, planId, alexId, { role: 'supporter', permissions });
  }

  beforeAll(async () => {
    h = await startHarness(kind);
    sam = await device(h);
    await sam.signIn(`sam-${kind}@example.org`);
    planId = (await getCurrentPlanId(sam.db))!;
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7]).buffer;
    photo = await putMedia(planId, bytes, 'image/jpeg', sam.db);
    await saveFields(answer(), { words: 'I feel safe here', photo }, sam.db);
    attendeeId = (await createRecord(planId, 'attendee', { name: 'Jo' }, sam.db)).id;
    privateId = (await createRecord(planId, 'question', { text: 'SECRET', onlyMe: true }, sam.db))
      .id;
    await sam.engine.syncNow();

    alex = await device(h);
    await alex.signIn(`alex-${kind}@example.org`);
    alexId = (await getAccount(alex.db))!.userId;
    await h.db
      .insertInto('plan_members')
      .values({
        plan_id: planId,
        user_id: alexId,
        role: 'supporter',
        scopes: JSON.stringify(['seeAnswers', 'writeAnswers', 'seeMedia', 'seeWhoIsComing']),
        status: 'active',
        invited_by: null,
        consented_at: null,
        created_at: new Date().toISOString(),
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
    await alex.engine.syncNow();
  }, 60_000);
  afterAll(async () => {
    await sam?.dispose();
    await alex?.dispose();
    await h.close();
  });

  it('holds what it may see, with who wrote it, and never the private question', async () => {
    expect((await held(answer().id))?.data.words).toBe('I feel safe here');
    expect(await held(attendeeId)).toBeDefined();
    expect(await held(privateId)).toBeUndefined();
    expect(await getMedia(photo, alex.db)).toBeDefined();
    expect((await alex.db.plans.get(planId))?.permissions).toEqual([
      'seeAnswers',
      'writeAnswers',
      'seeMedia',
      'seeWhoIsComing',
    ]);
    const samId = (await getAccount(sam.db))!.userId;
    expect((await getWriters(planId, alex.db))[samId]).toEqual({
      name: null,
      role: 'owner',
    });
  });

  it('drops what it may no longer read, keeping its unsent words as refused', async () => {
    alex.offline = true;
    await saveField(answer(), 'words', 'Words Alex typed offline', alex.db);
    await alex.engine.syncNow();
    await allow(['seeWhoIsComing']);
    alex.offline = false;
    await alex.engine.syncNow();

    expect(await held(answer().id)).toBeUndefined();
    expect(await getMedia(photo, alex.db)).toBeUndefined();
    expect(await held(attendeeId)).toBeDefined();
    const outbox = await alex.db.outbox.where('planId').equals(planId).toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(outbox[0]!.fields.words?.value).toBe('Words Alex typed offline');
    // The person's words stayed as they were.
    await sam.engine.syncNow();
    expect((await sam.db.records.get(answer().id))?.data.words).toBe('I feel safe here');
  });

  it('drops an item the person makes "Only me" later, at the next sync', async () => {
    await saveField({ planId, id: attendeeId, type: 'attendee' }, 'onlyMe', true, sam.db);
    await sam.engine.syncNow();
    await alex.engine.syncNow();
    expect(await held(attendeeId)).toBeUndefined();
  });

  it('fetches what it may see again, though it did not change, with its photo', async () => {
    await allow(['seeAnswers', 'seeMedia']);
    await alex.engine.syncNow();
    expect((await held(answer().id))?.data.words).toBe('I feel safe here');
    expect(await getMedia(photo, alex.db)).toBeDefined();
    expect(await held(attendeeId)).toBeUndefined();
    expect(await held(privateId)).toBeUndefined();
    expect((await alex.db.plans.get(planId))?.checkpoint).toBeGreaterThan(0);
  });
});
