// The device side of sync, against the real server: claiming the plan made before sign-in,
// merging a second device's work, never overwriting an unsent edit, checkpoints stored with
// their data, conflicts shown and resolved, refused changes kept, media both ways, sign-out.
import 'fake-indexeddb/auto'; // before Dexie loads: the devices' IndexedDB
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listConflicts, resolveConflict } from '../../src/data/conflicts';
import { getMedia, putMedia } from '../../src/data/media';
import { countPending } from '../../src/data/outbox';
import { getCurrentPlanId } from '../../src/data/plans';
import {
  createRecord,
  getRecord,
  outboxEntry,
  saveField,
  saveFields,
  singletonRef,
} from '../../src/data/records';
import { backoffDelay } from '../../src/sync/engine';
import { pullChanges, pushOutbox } from '../../src/sync/steps';
import { signOut, unsentCount } from '../../src/sync/session';
import { startHarness, type Harness } from './support/harness';
import { devicePool, type TestDevice } from './support/devices';

let h: Harness;
beforeAll(async () => {
  h = await startHarness('sqlite');
});
afterAll(() => h.close());
const newDevice = devicePool(() => h);

async function planOf(d: TestDevice) {
  return (await getCurrentPlanId(d.db))!;
}

async function serverValue(planId: string, id: string) {
  const row = await h.db
    .selectFrom('records')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as Record<string, unknown>) : undefined;
}

describe('signing in', () => {
  it('claims the plan made before sign-in, under the same id, with everything typed', async () => {
    const a = await newDevice();
    const planId = await planOf(a);
    await saveField(singletonRef(planId, 'profile'), 'name', 'Sam', a.db);
    await createRecord(planId, 'attendee', { name: 'Ali' }, a.db);
    expect(a.status.get().state).toBe('local');

    await a.signIn('claim@example.org');
    expect(await planOf(a)).toBe(planId);
    expect(await serverValue(planId, `profile:${planId}`)).toEqual({ name: 'Sam' });
    expect(await countPending(a.db)).toBe(0);
    expect(a.status.get()).toMatchObject({
      signedIn: true,
      state: 'saved',
      lastServerSave: expect.any(String),
    });
    const plan = await a.db.plans.get(planId);
    expect(plan).toMatchObject({ origin: 'server', userId: expect.any(String) });
  });

  it("merges a second device's earlier work into the account's plan, keeping both names", async () => {
    const a = await newDevice();
    const planA = await planOf(a);
    await saveField(singletonRef(planA, 'profile'), 'name', 'Sam', a.db);
    await a.signIn('merge@example.org');

    const b = await newDevice();
    const planB = await planOf(b);
    await saveFields(singletonRef(planB, 'profile'), { name: 'Samantha', pronouns: 'she' }, b.db);
    await createRecord(planB, 'diary', { words: 'Written on the phone.' }, b.db);
    await b.signIn('merge@example.org');

    expect(await planOf(b)).toBe(planA);
    expect(await b.db.plans.get(planB)).toBeUndefined();
    // The name both devices wrote became a question; the rest merged.
    expect(await serverValue(planA, `profile:${planA}`)).toEqual({ name: 'Sam', pronouns: 'she' });
    await b.engine.syncNow();
    const conflicts = await listConflicts(planA, b.db);
    expect(conflicts).toEqual([
      expect.objectContaining({
        field: 'name',
        kept: expect.objectContaining({ value: 'Sam' }),
        other: expect.objectContaining({ value: 'Samantha' }),
      }),
    ]);
    await a.engine.syncNow();
    const diary = (await a.db.records.where('planId').equals(planA).toArray()).filter(
      (r) => r.type === 'diary',
    );
    expect(diary.map((r) => r.data.words)).toEqual(['Written on the phone.']);
  });
});

describe('pulling', () => {
  it('never overwrites a field that still has an unsent edit, and then shows the conflict', async () => {
    const a = await newDevice();
    await a.signIn('dirty@example.org');
    const planId = await planOf(a);
    const ref = { planId, type: 'answer' as const, id: 'answer-1' };
    await saveFields(ref, { words: 'first', mood: 'ok' }, a.db);
    await a.engine.syncNow();
    const b = await newDevice();
    await b.signIn('dirty@example.org');

    await saveField(ref, 'words', 'typed on A, not sent yet', a.db);
    await saveFields(ref, { words: 'changed on B', mood: 'good' }, b.db);
    await b.engine.syncNow();

    const clientId = (await a.db.meta.get('clientId'))!.value as string;
    const userId = (await a.db.plans.get(planId))!.userId!;
    await pullChanges(a.db, a.transport, clientId, userId, 1);
    const local = await getRecord('answer-1', a.db);
    expect(local!.data).toEqual({ words: 'typed on A, not sent yet', mood: 'good' });
    expect((await a.db.plans.get(planId))!.checkpoint).toBe(
      (
        await h.db
          .selectFrom('plans')
          .select('version')
          .where('id', '=', planId)
          .executeTakeFirstOrThrow()
      ).version,
    );

    await pushOutbox(a.db, a.transport, clientId, new Set([planId]));
    expect((await getRecord('answer-1', a.db))!.data.words).toBe('changed on B');
    await a.engine.syncNow();
    const [conflict] = await listConflicts(planId, a.db);
    expect(conflict).toMatchObject({ kind: 'field', other: { value: 'typed on A, not sent yet' } });

    await resolveConflict(conflict!, 'both', a.db);
    expect((await getRecord('answer-1', a.db))!.data.words).toBe(
      'changed on B\n\ntyped on A, not sent yet',
    );
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect((await getRecord('answer-1', b.db))!.data.words).toBe(
      'changed on B\n\ntyped on A, not sent yet',
    );
    expect(await listConflicts(planId, b.db)).toEqual([]);
  });

  it('stores a page and its checkpoint together, or neither', async () => {
    const a = await newDevice();
    await a.signIn('atomic@example.org');
    const planId = await planOf(a);
    for (let i = 0; i < 5; i++) await createRecord(planId, 'diary', { i }, a.db);
    await a.engine.syncNow();
    const b = await newDevice();
    b.db.records.hook('creating', (_key, obj) => {
      if ((obj as { data: { i?: number } }).data.i === 3) throw new Error('disk trouble');
    });
    await b.signIn('atomic@example.org');
    expect(b.status.get().state).toBe('error');
    const plan = await b.db.plans.get(planId);
    const stored = await b.db.records.where('planId').equals(planId).toArray();
    // The failed page left nothing behind, and the checkpoint did not move past what is missing.
    const missing = await h.db
      .selectFrom('records')
      .select(['id', 'version'])
      .where('plan_id', '=', planId)
      .where('type', '=', 'diary')
      .execute();
    const notStored = missing.filter((m) => !stored.some((r) => r.id === m.id));
    expect(notStored.length).toBeGreaterThan(0);
    for (const m of notStored) expect(plan!.checkpoint).toBeLessThan(m.version);
    expect(stored.some((r) => r.data.i === 3)).toBe(false);
  });
});

describe('refused and malformed changes', () => {
  it('keeps a change the server refused, with its reason, and sends the rest', async () => {
    const a = await newDevice();
    await a.signIn('refused@example.org');
    const planId = await planOf(a);
    // Today's data layer refuses this before saving; an older version of the app could queue it.
    const long = { planId, type: 'answer' as const, id: 'long' };
    await expect(saveField(long, 'words', 'x'.repeat(30_000), a.db)).rejects.toThrow();
    await a.db.outbox.add(
      outboxEntry(long, 'create', { words: { value: 'x'.repeat(30_000), baseRev: 0 } }, 'now'),
    );
    await saveField({ planId, type: 'answer', id: 'fine' }, 'words', 'fine', a.db);
    await a.engine.syncNow();
    const refused = await a.db.outbox.toArray();
    expect(refused).toEqual([
      expect.objectContaining({ recordId: 'long', status: 'rejected', reason: 'invalid' }),
    ]);
    expect(await serverValue(planId, 'fine')).toEqual({ words: 'fine' });
  });
});

describe('photos', () => {
  it('go up from one device and come down to the other, checked by their hash', async () => {
    const a = await newDevice();
    await a.signIn('photos@example.org');
    const planId = await planOf(a);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]).buffer;
    const sha = await putMedia(planId, bytes, 'image/jpeg', a.db);
    await a.engine.syncNow();
    expect((await getMedia(sha, a.db))!.uploaded).toBe(1);
    const b = await newDevice();
    await b.signIn('photos@example.org');
    const got = await getMedia(sha, b.db);
    expect(got).toMatchObject({ mime: 'image/jpeg', size: 8, uploaded: 1 });
    expect(new Uint8Array(got!.bytes)).toEqual(new Uint8Array(bytes));
  });

  it('a replaced photo leaves the tablet after the round that sends the change, not before', async () => {
    const a = await newDevice();
    await a.signIn('replaced@example.org');
    const planId = await planOf(a);
    const first = await putMedia(
      planId,
      new Uint8Array([0xff, 0xd8, 0xff, 1]).buffer,
      'image/jpeg',
      a.db,
    );
    const ref = await createRecord(planId, 'answer', { photo: first }, a.db);
    await a.engine.syncNow();
    const second = await putMedia(
      planId,
      new Uint8Array([0xff, 0xd8, 0xff, 2]).buffer,
      'image/jpeg',
      a.db,
    );
    await saveField(ref, 'photo', second, a.db);
    a.offline = true;
    await a.engine.syncNow();
    expect(await getMedia(first, a.db)).toBeDefined(); // the server has not got the change yet
    a.offline = false;
    await a.engine.syncNow();
    expect(await getMedia(first, a.db)).toBeUndefined();
    expect(await getMedia(second, a.db)).toMatchObject({ uploaded: 1 });
  });
});

describe('status and retries', () => {
  it('says not connected when the server cannot be reached, and keeps the work', async () => {
    const a = await newDevice();
    await a.signIn('offline@example.org');
    const planId = await planOf(a);
    a.offline = true;
    await saveField(singletonRef(planId, 'profile'), 'name', 'Sam', a.db);
    expect(await a.engine.syncNow()).toBe('offline');
    expect(a.status.get().state).toBe('offline');
    expect(await countPending(a.db)).toBe(1);
    a.offline = false;
    expect(await a.engine.syncNow()).toBe('ok');
    expect(a.status.get().state).toBe('saved');
  });

  it('asks to sign in again when the session has ended, without touching the outbox', async () => {
    const a = await newDevice();
    await a.signIn('expired@example.org');
    await h.db.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).execute();
    await saveField(singletonRef(await planOf(a), 'profile'), 'name', 'Sam', a.db);
    expect(await a.engine.syncNow()).toBe('signedOut');
    expect(a.status.get().state).toBe('signedOut');
    expect(await countPending(a.db)).toBe(1);
  });

  it('waits longer after each failure, with jitter, up to five minutes', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(4, () => 1)).toBe(16_000);
    expect(backoffDelay(20, () => 1)).toBe(300_000);
    const spread = new Set(Array.from({ length: 20 }, () => backoffDelay(3)));
    expect(spread.size).toBeGreaterThan(5);
  });

  it('lets one tab sync at a time', async () => {
    const a = await newDevice({ withLock: async () => 'busy' });
    await saveField(singletonRef(await planOf(a), 'profile'), 'name', 'Sam', a.db);
    const before = a.requests.length;
    expect(await a.engine.syncNow()).toBe('busy');
    expect(a.requests.length).toBe(before);
  });
});

describe('signing out', () => {
  it('never removes work that has not reached the server', async () => {
    const a = await newDevice();
    await a.signIn('out@example.org');
    const planId = await planOf(a);
    a.offline = true;
    await saveField(singletonRef(planId, 'profile'), 'name', 'Not sent', a.db);
    expect(await unsentCount(a)).toBe(1);
    const result = await signOut(a, { keepOnDevice: false });
    expect(result).toEqual({ serverReached: false, kept: 1 });
    expect((await getRecord(`profile:${planId}`, a.db))!.data.name).toBe('Not sent');
  });

  it('removes the plan from the device when everything is on the server, if asked', async () => {
    const a = await newDevice();
    await a.signIn('out2@example.org');
    const planId = await planOf(a);
    await saveField(singletonRef(planId, 'profile'), 'name', 'Sent', a.db);
    await a.engine.syncNow();
    const result = await signOut(a, { keepOnDevice: false });
    expect(result).toEqual({ serverReached: true, kept: 0 });
    expect(await a.db.records.where('planId').equals(planId).count()).toBe(0);
    const fresh = await planOf(a);
    expect(fresh).not.toBe(planId);
    expect((await a.db.plans.get(fresh))!.origin).toBe('local');
    // Signing in again brings it all back.
    await a.signIn('out2@example.org');
    expect(await planOf(a)).toBe(planId);
    expect((await getRecord(`profile:${planId}`, a.db))!.data.name).toBe('Sent');
  });
});

describe('a shared tablet', () => {
  it("never shows one account's kept plan to the next account", async () => {
    const a = await newDevice();
    await a.signIn('first@example.org');
    const first = await planOf(a);
    await saveField(singletonRef(first, 'profile'), 'name', 'First person', a.db);
    await a.engine.syncNow();
    await signOut(a, { keepOnDevice: true });
    expect(await planOf(a)).toBe(first); // kept, as asked

    await a.signIn('second@example.org');
    const second = await planOf(a);
    expect(second).not.toBe(first);
    expect(await getRecord(`profile:${second}`, a.db)).toBeUndefined();
    expect((await a.db.plans.get(second))!.origin).toBe('server');
    // The first person's plan is still on the tablet, untouched, for when they sign in again.
    expect((await getRecord(`profile:${first}`, a.db))!.data.name).toBe('First person');
  });
});
