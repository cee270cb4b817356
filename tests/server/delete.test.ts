// A delete removes only what its device saw (DESIGN.md §4), on both databases: through the HTTP
// API with the exact sequence that lost an edit before, with deletes an older app left in its
// outbox, and through the app itself (data layer and sync engine). Also: an older change of a
// device arriving after its newer one never overwrites it (the per-device sequence).
import 'fake-indexeddb/auto'; // before Dexie loads: the devices' IndexedDB
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listConflicts } from '../../src/data/conflicts';
import { countPending } from '../../src/data/outbox';
import { getCurrentPlanId } from '../../src/data/plans';
import {
  createRecord,
  deleteRecord,
  getRecord,
  outboxEntry,
  saveFields,
} from '../../src/data/records';
import type { Mutation } from '../../src/shared/protocol';
import { pushOutbox } from '../../src/sync/steps';
import { devicePool } from './support/devices';
import { DATABASES, startHarness, tableCounts, type Harness } from './support/harness';
import { mutation, pullAll, pushAs } from './support/mutations';

describe.each(DATABASES)('a delete removes only what it saw, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());
  const newDevice = devicePool(() => h);

  const deleteOf = (planId: string, id: string, extra: Partial<Mutation>) =>
    mutation(planId, id, {}, { op: 'delete', ...extra });

  /**
   * The sequence that lost an edit: 1 creates and 2 pulls; 1 edits `what`; 2 edits `when`
   * without pulling, then deletes. Returns device 2's view of the record before its delete.
   */
  async function theSequence(email: string) {
    const one = await h.owner(email);
    const two = await h.signIn(email);
    const planId = one.planId;
    const create = mutation(
      planId,
      'task',
      { what: ['Call the CTR chair', 0], when: ['Monday', 0] },
      { op: 'create', type: 'action' },
    );
    const [created] = await pushAs(h, one, [create]);
    expect(created!.fields).toEqual({
      what: { value: 'Call the CTR chair', rev: 1 },
      when: { value: 'Monday', rev: 1 },
    });
    // 1. Device 2 pulls: it has both fields at revision 1.
    const pulled = (await pullAll(h, two, planId)).get('task')!;
    const seen: Record<string, number> = { ...pulled.rev };
    expect(seen).toEqual({ what: 1, when: 1 });
    // 2. Device 1 changes what (revision 2); device 2 does not pull.
    const [edited] = await pushAs(h, one, [
      mutation(planId, 'task', { what: ['Call the chair AND my advocate', 1] }, { type: 'action' }),
    ]);
    expect(edited).toMatchObject({ status: 'applied', fields: { what: { rev: 2 } } });
    // 3. Device 2 changes when (revision 3): its answer tells it about `when` only.
    const [patched] = await pushAs(h, two, [
      mutation(planId, 'task', { when: ['Tuesday', 1] }, { type: 'action' }),
    ]);
    expect(patched).toMatchObject({ status: 'applied', fields: { when: { rev: 3 } } });
    seen.when = patched!.fields!.when!.rev;
    return { one, two, planId, seen };
  }

  it('the edit device 2 never saw is kept, and removing it becomes a question', async () => {
    const { one, two, planId, seen } = await theSequence('delete-seq@example.org');
    expect(seen).toEqual({ what: 1, when: 3 });
    const [removed] = await pushAs(h, two, [deleteOf(planId, 'task', { type: 'action', seen })]);
    expect(removed).toMatchObject({ status: 'conflict', deleted: false });

    // 4. Device 1 pulls: its words are still there, with the question about removing them.
    const rec = (await pullAll(h, one, planId)).get('task')!;
    expect(rec.deleted).toBe(false);
    expect(rec.data).toEqual({ what: 'Call the chair AND my advocate', when: 'Tuesday' });
    expect(rec.conflicts).toEqual([
      expect.objectContaining({ kind: 'delete-after-edit', field: '*' }),
    ]);
  });

  it('the same delete goes ahead once device 2 has seen the edit', async () => {
    const { one, two, planId, seen } = await theSequence('delete-seen@example.org');
    const now = (await pullAll(h, two, planId)).get('task')!;
    expect(now.rev).toEqual({ what: 2, when: 3 });
    const [removed] = await pushAs(h, two, [
      deleteOf(planId, 'task', { type: 'action', seen: { ...seen, ...now.rev } }),
    ]);
    expect(removed).toMatchObject({ status: 'applied', deleted: true });
    const rec = (await pullAll(h, one, planId)).get('task')!;
    expect(rec).toMatchObject({ deleted: true, conflicts: [] });
  });

  it("an older app's delete (one baseRev) counts as having seen nothing", async () => {
    const { two, planId } = await theSequence('delete-legacy@example.org');
    // What today's outbox rows hold: the newest revision, 3, which says nothing about `what`.
    const [removed] = await pushAs(h, two, [
      deleteOf(planId, 'task', { type: 'action', baseRev: 3 }),
    ]);
    expect(removed).toMatchObject({ status: 'conflict', deleted: false });

    // A record only this device ever wrote: the older delete still goes ahead.
    const own = await h.owner('delete-legacy-own@example.org');
    await pushAs(h, own, [mutation(own.planId, 'mine', { w: ['x', 0] }, { op: 'create' })]);
    const [gone] = await pushAs(h, own, [deleteOf(own.planId, 'mine', { baseRev: 1 })]);
    expect(gone).toMatchObject({ status: 'applied', deleted: true });
  });

  it('refuses a delete that says nothing about what it saw, and writes nothing', async () => {
    const a = await h.owner('delete-blind@example.org');
    await pushAs(h, a, [mutation(a.planId, 'b1', { w: ['x', 0] }, { op: 'create' })]);
    const before = await tableCounts(h.store);
    for (const extra of [{}, { seen: { w: 1 }, baseRev: 1 }]) {
      const res = await h.post(
        '/api/sync/push',
        { clientId: a.clientId, mutations: [deleteOf(a.planId, 'b1', extra)] },
        a.cookie,
      );
      expect(res.statusCode).toBe(400);
    }
    const seenOnPatch = mutation(a.planId, 'b1', { w: ['y', 1] }, { seen: { w: 1 } });
    const res = await h.post(
      '/api/sync/push',
      { clientId: a.clientId, mutations: [seenOnPatch] },
      a.cookie,
    );
    expect(res.statusCode).toBe(400);
    expect(await tableCounts(h.store)).toEqual(before);
  });

  describe("a device's older change arriving after its newer one", () => {
    it('never overwrites the newer value', async () => {
      const a = await h.owner('seq-value@example.org');
      await pushAs(h, a, [
        mutation(a.planId, 's1', { w: ['first', 0] }, { op: 'create', clientSeq: 1 }),
      ]);
      const older = mutation(a.planId, 's1', { w: ['second', 1] }, { clientSeq: 2 });
      const newer = mutation(a.planId, 's1', { w: ['third', 1] }, { clientSeq: 3 });
      await pushAs(h, a, [newer]);
      const [late] = await pushAs(h, a, [older]);
      expect(late).toMatchObject({ status: 'applied', fields: { w: { value: 'third' } } });
      expect((await pullAll(h, a, a.planId)).get('s1')!.data.w).toBe('third');
    });

    it('never brings back what the device removed after it', async () => {
      const a = await h.owner('seq-undelete@example.org');
      await pushAs(h, a, [
        mutation(a.planId, 's2', { w: ['first', 0] }, { op: 'create', clientSeq: 1 }),
      ]);
      const older = mutation(a.planId, 's2', { w: ['second', 1] }, { clientSeq: 2 });
      await pushAs(h, a, [deleteOf(a.planId, 's2', { seen: { w: 1 }, clientSeq: 3 })]);
      const [late] = await pushAs(h, a, [older]);
      expect(late).toMatchObject({ status: 'applied', deleted: true });
      expect((await pullAll(h, a, a.planId)).get('s2')!).toMatchObject({
        deleted: true,
        data: { w: 'first' },
      });
    });

    it('never removes what the device changed after it', async () => {
      const a = await h.owner('seq-delete@example.org');
      await pushAs(h, a, [
        mutation(a.planId, 's3', { w: ['first', 0] }, { op: 'create', clientSeq: 1 }),
      ]);
      const older = deleteOf(a.planId, 's3', { seen: { w: 1 }, clientSeq: 2 });
      await pushAs(h, a, [mutation(a.planId, 's3', { w: ['kept', 1] }, { clientSeq: 3 })]);
      const [late] = await pushAs(h, a, [older]);
      expect(late).toMatchObject({ status: 'applied', deleted: false });
      expect((await pullAll(h, a, a.planId)).get('s3')!.data.w).toBe('kept');
    });
  });

  describe('through the app', () => {
    async function twoDevices(email: string) {
      const one = await newDevice();
      await one.signIn(email);
      const two = await newDevice();
      await two.signIn(email);
      const planId = (await getCurrentPlanId(one.db))!;
      expect(await getCurrentPlanId(two.db)).toBe(planId);
      return { one, two, planId };
    }

    it('the sequence becomes a question on the conflicts screen, and nothing is lost', async () => {
      const { one, two, planId } = await twoDevices('app-delete@example.org');
      const ref = await createRecord(
        planId,
        'action',
        { what: 'Call the CTR chair', when: 'Monday' },
        one.db,
      );
      await one.engine.syncNow();
      await two.engine.syncNow();
      await saveFields(ref, { what: 'Call the chair AND my advocate' }, one.db);
      await one.engine.syncNow();
      // Device 2 sends its change without pulling (pushOutbox alone), then removes the record.
      await saveFields(ref, { when: 'Tuesday' }, two.db);
      const clientId = (await two.db.meta.get('clientId'))!.value as string;
      await pushOutbox(two.db, two.transport, clientId, new Set([planId]));
      await deleteRecord(ref, two.db);
      const [entry] = await two.db.outbox.toArray();
      expect(entry).toMatchObject({ op: 'delete', seen: { what: 1, when: 3 } });
      await pushOutbox(two.db, two.transport, clientId, new Set([planId]));

      await one.engine.syncNow();
      expect((await getRecord(ref.id, one.db))!.data).toEqual({
        what: 'Call the chair AND my advocate',
        when: 'Tuesday',
      });
      expect(await listConflicts(planId, one.db)).toEqual([
        expect.objectContaining({ kind: 'delete-after-edit', recordId: ref.id }),
      ]);
    });

    it("drains a delete today's app left in its outbox, safely", async () => {
      const { one, two, planId } = await twoDevices('app-legacy@example.org');
      const edited = await createRecord(planId, 'diary', { words: 'one' }, one.db);
      const untouched = await createRecord(planId, 'diary', { words: 'two' }, two.db);
      await one.engine.syncNow();
      await two.engine.syncNow();
      await one.engine.syncNow();
      await saveFields(edited, { words: 'one, changed' }, one.db);
      await one.engine.syncNow();
      // Device 2 removes both the way the app before this change did: one number, no `seen`.
      for (const ref of [edited, untouched]) {
        await two.db.transaction('rw', two.db.records, two.db.outbox, async () => {
          const rec = (await two.db.records.get(ref.id))!;
          await two.db.records.put({ ...rec, deleted: true });
          const old = { ...outboxEntry(ref, 'delete', {}, new Date().toISOString()), baseRev: 99 };
          await two.db.outbox.add(old);
        });
      }
      await two.engine.syncNow();
      expect(await countPending(two.db)).toBe(0);
      expect(await two.db.outbox.count()).toBe(0);

      await one.engine.syncNow();
      // Its own record went; the one changed elsewhere became a question.
      expect(await getRecord(untouched.id, one.db)).toBeUndefined();
      expect((await getRecord(edited.id, one.db))!.data.words).toBe('one, changed');
      expect(await listConflicts(planId, one.db)).toEqual([
        expect.objectContaining({ kind: 'delete-after-edit', recordId: edited.id }),
      ]);
    });
  });
});
