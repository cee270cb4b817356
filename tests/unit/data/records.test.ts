import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data/plans';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  newRecordRef,
  outboxEntry,
  saveField,
  saveFields,
  saveRecords,
  singletonRef,
} from '../../../src/data/records';
import { databaseNotices } from '../../../src/data/notices';
import { SaveFailedError, StorageFullError } from '../../../src/data/storage';
import { isUuid, uuidv7Time } from '../../../src/shared/ids';
import { MutationSchema } from '../../../src/shared/protocol';
import { toMutation } from '../../../src/sync/steps';

async function outbox() {
  return db().outbox.orderBy('seq').toArray();
}

describe('a local plan', () => {
  it('is made on first use, with no account and no network, and kept after that', async () => {
    const first = await ensureCurrentPlan();
    expect(first.origin).toBe('local');
    expect(first.role).toBe('owner');
    const again = await ensureCurrentPlan();
    expect(again.id).toBe(first.id);
    expect(await db().plans.count()).toBe(1);
  });
});

describe('every write', () => {
  it('changes the record and appends exactly one outbox mutation', async () => {
    const plan = await ensureCurrentPlan();
    const ref = await createRecord(plan.id, 'attendee', { name: 'Ali', relation: 'brother' });
    expect(await outbox()).toHaveLength(1);

    await saveField(ref, 'name', 'Ali Khan');
    await saveFields(ref, { relation: 'my brother', joining: 'video' });
    await deleteRecord(ref);

    const entries = await outbox();
    expect(entries.map((e) => e.op)).toEqual(['create', 'patch', 'patch', 'delete']);
    expect(entries[1]!.fields).toEqual({ name: { value: 'Ali Khan', baseRev: 0 } });
    expect(Object.keys(entries[2]!.fields).sort()).toEqual(['joining', 'relation']);
    for (const e of entries) {
      expect(isUuid(e.mutationId)).toBe(true);
      expect(e.planId).toBe(plan.id);
      expect(e.recordId).toBe(ref.id);
      expect(e.status).toBe('pending');
    }
    expect(await getRecord(ref.id)).toBeUndefined();
    expect((await db().records.get(ref.id))?.deleted).toBe(true);
  });

  it('sends the server revision each field was based on', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'review');
    await saveFields(ref, { date: '2027-01-12', place: 'Ward 3' });
    // As if a pull had told this device the server revisions of both fields.
    await db().records.update(ref.id, { rev: { date: 7, place: 9 } });
    await saveField(ref, 'place', 'Day room');
    const last = (await outbox()).at(-1)!;
    expect(last.fields).toEqual({ place: { value: 'Day room', baseRev: 9 } });
  });

  it('removes a record saying the revision of every field this device had', async () => {
    const plan = await ensureCurrentPlan();
    const ref = await createRecord(plan.id, 'action', { what: 'Call the chair', when: 'Monday' });
    // As if the server had told this device: what at revision 1 (pulled), when at 3 (its own).
    await db().records.update(ref.id, { rev: { what: 1, when: 3 } });
    await deleteRecord(ref);
    const last = (await outbox()).at(-1)!;
    expect(last).toMatchObject({ op: 'delete', fields: {}, seen: { what: 1, when: 3 } });
    expect(last.baseRev).toBeUndefined();
    // Sent as it is, with this device's own order of its changes.
    expect(toMutation(last)).toMatchObject({ seen: { what: 1, when: 3 }, clientSeq: last.seq });
    expect(MutationSchema.safeParse(toMutation(last)).success).toBe(true);
  });

  it("sends a delete an older app left in the outbox as having seen nothing", async () => {
    const plan = await ensureCurrentPlan();
    const ref = await createRecord(plan.id, 'diary', { words: 'hello' });
    const old = { ...outboxEntry(ref, 'delete', {}, new Date().toISOString()), baseRev: 3, seq: 7 };
    const sent = toMutation(old);
    expect(sent).toMatchObject({ op: 'delete', seen: {}, clientSeq: 7 });
    expect(sent).not.toHaveProperty('baseRev');
    expect(MutationSchema.safeParse(sent).success).toBe(true);
  });

  it('writes nothing when the value has not changed', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'profile');
    await saveField(ref, 'name', 'Sam');
    const result = await saveField(ref, 'name', 'Sam');
    expect(result.changed).toEqual([]);
    expect(await outbox()).toHaveLength(1);
  });

  it('returns the values before the change, for undo', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'profile');
    await saveField(ref, 'name', 'Sam');
    const result = await saveFields(ref, { name: 'Sammy', pronouns: 'they' });
    expect(result.previous).toEqual({ name: 'Sam', pronouns: null });
  });

  it('ids are uuid v7, so they sort by the time they were made', async () => {
    const plan = await ensureCurrentPlan();
    const a = await createRecord(plan.id, 'diary', { text: 'one' });
    const b = await createRecord(plan.id, 'diary', { text: 'two' });
    expect(a.id < b.id).toBe(true);
    expect(Math.abs(uuidv7Time(a.id) - Date.now())).toBeLessThan(60_000);
    expect((await listRecords(plan.id, 'diary')).map((r) => r.data.text)).toEqual(['one', 'two']);
  });

  it('that fails leaves neither the record nor the outbox changed', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'profile');
    await saveField(ref, 'name', 'Sam');
    const before = { record: await db().records.get(ref.id), outbox: await outbox() };

    // Make the outbox write fail inside the transaction, after the record was already put.
    const add = vi.spyOn(db().outbox, 'add').mockImplementation(() => {
      throw new Error('disk error');
    });
    await expect(saveField(ref, 'name', 'Someone else')).rejects.toBeInstanceOf(SaveFailedError);
    add.mockRestore();

    expect(await db().records.get(ref.id)).toEqual(before.record);
    expect(await outbox()).toEqual(before.outbox);
    expect(databaseNotices.get().saveFailed).toBe(true);

    // The next good save clears the notice.
    await saveField(ref, 'name', 'Sam T');
    expect(databaseNotices.get().saveFailed).toBe(false);
  });

  it('that hits a full disk says so plainly and keeps what was saved before', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'profile');
    await saveField(ref, 'name', 'Sam');
    // Dexie reports a full disk as an AbortError with the QuotaExceededError inside.
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('quota'), { name: 'QuotaExceededError' }),
    });
    const put = vi.spyOn(db().records, 'put').mockImplementation(() => {
      throw quota;
    });
    await expect(saveField(ref, 'name', 'A very long name')).rejects.toBeInstanceOf(StorageFullError);
    put.mockRestore();
    expect(databaseNotices.get().storageFull).toBe(true);
    expect((await getRecord(ref.id))?.data.name).toBe('Sam');
    expect(await outbox()).toHaveLength(1);
  });
});

describe('persistent storage', () => {
  it('is asked for once, after the first meaningful save, and the answer is recorded', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const plan = await ensureCurrentPlan();
    expect(persist).not.toHaveBeenCalled();
    await saveField(singletonRef(plan.id, 'profile'), 'name', 'Sam');
    await vi.waitFor(async () => expect(await db().meta.get('persistAsked')).toBeTruthy());
    await saveField(singletonRef(plan.id, 'profile'), 'name', 'Sammy');
    await new Promise((r) => setTimeout(r, 20));
    expect(persist).toHaveBeenCalledTimes(1);
    expect((await db().meta.get('persistAsked'))?.value).toMatchObject({ granted: true });
    vi.unstubAllGlobals();
  });
});

describe('saveRecords', () => {
  it('writes several records in one transaction, each with its own outbox mutation', async () => {
    const plan = await ensureCurrentPlan();
    const consent = singletonRef(plan.id, 'consent');
    const history = newRecordRef(plan.id, 'consentChange');
    const results = await saveRecords([
      { ref: consent, fields: { state: 'yes' } },
      { ref: history, fields: { state: 'yes', consentId: consent.id } },
    ]);
    expect(results.map((r) => r.changed)).toEqual([['state'], ['state', 'consentId']]);
    expect((await getRecord(history.id))?.data.consentId).toBe(consent.id);
    expect((await outbox()).map((e) => [e.recordId, e.op])).toEqual([
      [consent.id, 'create'],
      [history.id, 'create'],
    ]);
  });

  it('saves none of them when one fails', async () => {
    const plan = await ensureCurrentPlan();
    const consent = singletonRef(plan.id, 'consent');
    await saveFields(consent, { state: 'no' });
    // The first record is written; the second record's outbox entry fails: both must roll back.
    const table = db().outbox;
    const original = table.add.bind(table);
    let calls = 0;
    const add = vi.spyOn(table, 'add').mockImplementation((...args) => {
      if (++calls === 2) throw new Error('disk error');
      return original(...args);
    });
    await expect(
      saveRecords([
        { ref: consent, fields: { state: 'yes' } },
        { ref: newRecordRef(plan.id, 'consentChange'), fields: { state: 'yes' } },
      ]),
    ).rejects.toBeInstanceOf(SaveFailedError);
    add.mockRestore();
    expect(calls).toBe(2);
    expect((await getRecord(consent.id))?.data.state).toBe('no');
    expect(await listRecords(plan.id, 'consentChange')).toEqual([]);
    expect(await outbox()).toHaveLength(1);
  });
});
