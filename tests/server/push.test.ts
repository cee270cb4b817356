// The push rules of DESIGN.md §4, on both databases: exactly once, per-field base revisions,
// fast-forward for the same device, equal values as no-ops, conflicts kept, edit-after-delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, startHarness, tableCounts, type Harness } from './support/harness';
import { mutation, pullAll, pushAs } from './support/mutations';

describe.each(DATABASES)('push on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  async function planVersion(planId: string) {
    const row = await h.db
      .selectFrom('plans')
      .select('version')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    return row.version;
  }

  it('applies a new record and keeps the history of every field', async () => {
    const sam = await h.owner('push-new@example.org');
    const m = mutation(
      sam.planId,
      'a1',
      { words: ['I like the garden.', 0], mood: ['happy', 0] },
      { op: 'create' },
    );
    const [result] = await pushAs(h, sam, [m]);
    expect(result).toMatchObject({ mutationId: m.mutationId, status: 'applied', deleted: false });
    expect(result!.fields).toEqual({
      words: { value: 'I like the garden.', rev: 1 },
      mood: { value: 'happy', rev: 1 },
    });
    const history = await h.db
      .selectFrom('record_history')
      .selectAll()
      .where('record_id', '=', 'a1')
      .execute();
    expect(history.map((r) => [r.field, JSON.parse(r.value), r.version]).sort()).toEqual([
      ['mood', 'happy', 1],
      ['words', 'I like the garden.', 1],
    ]);
  });

  it('applies a replayed or duplicated push exactly once', async () => {
    const sam = await h.owner('push-replay@example.org');
    const ms = [
      mutation(sam.planId, 'r1', { words: ['one', 0] }, { op: 'create' }),
      mutation(sam.planId, 'r1', { words: ['two', 0] }),
    ];
    const first = await pushAs(h, sam, ms);
    const before = { counts: await tableCounts(h.store), version: await planVersion(sam.planId) };
    // The same request again, and three copies at once (a proxy that duplicates requests).
    const again = await pushAs(h, sam, ms);
    await Promise.all([pushAs(h, sam, ms), pushAs(h, sam, ms), pushAs(h, sam, [ms[1]!, ms[0]!])]);
    const after = { counts: await tableCounts(h.store), version: await planVersion(sam.planId) };
    expect(again).toEqual(first);
    expect({ ...after, counts: { ...after.counts, audit_log: 0 } }).toEqual({
      ...before,
      counts: { ...before.counts, audit_log: 0 },
    });
    const applied = await h.db
      .selectFrom('applied_mutations')
      .select('mutation_id')
      .where('plan_id', '=', sam.planId)
      .execute();
    expect(applied).toHaveLength(2);
  });

  it('merges edits of different fields from two devices without a conflict', async () => {
    const a = await h.owner('push-merge@example.org');
    const b = { ...(await h.signIn('push-merge@example.org')) };
    await pushAs(h, a, [mutation(a.planId, 'm1', { x: ['1', 0], y: ['1', 0] }, { op: 'create' })]);
    const [ra] = await pushAs(h, a, [mutation(a.planId, 'm1', { x: ['2', 1] })]);
    const [rb] = await pushAs(h, b, [mutation(a.planId, 'm1', { y: ['3', 1] })]);
    expect([ra!.status, rb!.status]).toEqual(['applied', 'applied']);
    const rec = (await pullAll(h, a, a.planId)).get('m1')!;
    expect(rec.data).toEqual({ x: '2', y: '3' });
    expect(rec.conflicts).toEqual([]);
  });

  it('keeps the current value and stores the other as a conflict, with who and when', async () => {
    const a = await h.owner('push-conflict@example.org');
    const b = await h.signIn('push-conflict@example.org');
    await pushAs(h, a, [mutation(a.planId, 'c1', { words: ['start', 0] }, { op: 'create' })]);
    const [ra] = await pushAs(h, a, [
      mutation(
        a.planId,
        'c1',
        { words: ['from A', 1] },
        { clientTime: '2026-11-20T10:00:00.000Z' },
      ),
    ]);
    const [rb] = await pushAs(h, b, [
      mutation(
        a.planId,
        'c1',
        { words: ['from B', 1] },
        { clientTime: '2026-11-20T10:05:00.000Z' },
      ),
    ]);
    expect(ra!.status).toBe('applied');
    expect(rb).toMatchObject({
      status: 'conflict',
      fields: { words: { value: 'from A', rev: 2 } },
    });
    const rec = (await pullAll(h, b, a.planId)).get('c1')!;
    expect(rec.data.words).toBe('from A');
    expect(rec.version).toBe(3); // the conflict moved the record on, so every device pulls it
    expect(rec.conflicts).toEqual([
      expect.objectContaining({
        field: 'words',
        kind: 'field',
        kept: expect.objectContaining({
          value: 'from A',
          clientId: a.clientId,
          at: '2026-11-20T10:00:00.000Z',
        }),
        other: expect.objectContaining({
          value: 'from B',
          clientId: b.clientId,
          at: '2026-11-20T10:05:00.000Z',
        }),
      }),
    ]);
  });

  it('treats the same value written on two devices as nothing to resolve', async () => {
    const a = await h.owner('push-same@example.org');
    const b = await h.signIn('push-same@example.org');
    await pushAs(h, a, [mutation(a.planId, 's1', { words: ['start', 0] }, { op: 'create' })]);
    await pushAs(h, a, [mutation(a.planId, 's1', { words: ['same', 1] })]);
    const [rb] = await pushAs(h, b, [mutation(a.planId, 's1', { words: ['same', 1] })]);
    expect(rb!.status).toBe('applied');
    expect(
      await h.db.selectFrom('conflicts').selectAll().where('plan_id', '=', a.planId).execute(),
    ).toEqual([]);
  });

  it('fast-forwards a device that edits its own edit again before it pulls', async () => {
    const a = await h.owner('push-ff@example.org');
    await pushAs(h, a, [mutation(a.planId, 'f1', { words: ['one', 0] }, { op: 'create' })]);
    const results = await pushAs(h, a, [
      mutation(a.planId, 'f1', { words: ['two', 1] }),
      mutation(a.planId, 'f1', { words: ['three', 1] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [later] = await pushAs(h, a, [mutation(a.planId, 'f1', { words: ['four', 1] })]);
    expect(later).toMatchObject({ status: 'applied', fields: { words: { value: 'four' } } });
  });

  it('never brings back something removed on another device: the edit becomes a question', async () => {
    const a = await h.owner('push-ead@example.org');
    const b = await h.signIn('push-ead@example.org');
    await pushAs(h, a, [mutation(a.planId, 'd1', { words: ['hello', 0] }, { op: 'create' })]);
    await pushAs(h, a, [mutation(a.planId, 'd1', {}, { op: 'delete', baseRev: 1 })]);
    const [rb] = await pushAs(h, b, [mutation(a.planId, 'd1', { words: ['hello there', 1] })]);
    expect(rb).toMatchObject({ status: 'conflict', deleted: true });
    const rec = (await pullAll(h, b, a.planId)).get('d1')!;
    expect(rec.deleted).toBe(true);
    expect(rec.conflicts).toEqual([
      expect.objectContaining({
        kind: 'edit-after-delete',
        field: '*',
        other: expect.objectContaining({ fields: { words: 'hello there' } }),
      }),
    ]);
  });

  it('asks before removing something that another device changed unseen', async () => {
    const a = await h.owner('push-dae@example.org');
    const b = await h.signIn('push-dae@example.org');
    await pushAs(h, a, [mutation(a.planId, 'e1', { words: ['hello', 0] }, { op: 'create' })]);
    await pushAs(h, a, [mutation(a.planId, 'e1', { words: ['changed', 1] })]);
    const [rb] = await pushAs(h, b, [mutation(a.planId, 'e1', {}, { op: 'delete', baseRev: 1 })]);
    expect(rb).toMatchObject({ status: 'conflict', deleted: false });
    const rec = (await pullAll(h, b, a.planId)).get('e1')!;
    expect(rec.deleted).toBe(false);
    expect(rec.conflicts[0]).toMatchObject({ kind: 'delete-after-edit' });
  });

  it('resolves a conflict with a synced choice that every device sees', async () => {
    const a = await h.owner('push-resolve@example.org');
    const b = await h.signIn('push-resolve@example.org');
    await pushAs(h, a, [mutation(a.planId, 'q1', { words: ['start', 0] }, { op: 'create' })]);
    await pushAs(h, a, [mutation(a.planId, 'q1', { words: ['A', 1] })]);
    await pushAs(h, b, [mutation(a.planId, 'q1', { words: ['B', 1] })]);
    const conflict = (await pullAll(h, b, a.planId)).get('q1')!.conflicts[0]!;
    const [r] = await pushAs(h, b, [
      mutation(
        a.planId,
        'q1',
        { words: ['A\n\nB', 2] },
        { op: 'resolve', resolves: [conflict.id] },
      ),
    ]);
    expect(r!.status).toBe('applied');
    const rec = (await pullAll(h, a, a.planId)).get('q1')!;
    expect(rec.data.words).toBe('A\n\nB');
    expect(rec.conflicts).toEqual([]);
    const row = await h.db
      .selectFrom('conflicts')
      .selectAll()
      .where('id', '=', conflict.id)
      .executeTakeFirstOrThrow();
    expect(row.resolved_mutation_id).toBe(r!.mutationId);
  });

  it('refuses changes to a plan that is not yours, and stores the refusal', async () => {
    const owner = await h.owner('push-owner@example.org');
    const other = await h.owner('push-other@example.org');
    await pushAs(h, owner, [
      mutation(owner.planId, 'p1', { words: ['mine', 0] }, { op: 'create' }),
    ]);
    const before = await tableCounts(h.store);
    const m = mutation(owner.planId, 'p1', { words: ['not yours', 1] });
    const [r] = await pushAs(h, other, [m]);
    expect(r).toEqual({ mutationId: m.mutationId, status: 'rejected', reason: 'forbidden' });
    const after = await tableCounts(h.store);
    expect(after.records).toBe(before.records);
    expect(after.record_history).toBe(before.record_history);
    expect((await pullAll(h, owner, owner.planId)).get('p1')!.data.words).toBe('mine');
    // A retry gets the same answer.
    expect(await pushAs(h, other, [m])).toEqual([r]);
  });

  it('refuses a record whose type does not match', async () => {
    const a = await h.owner('push-type@example.org');
    await pushAs(h, a, [mutation(a.planId, 't1', { words: ['x', 0] }, { op: 'create' })]);
    const [r] = await pushAs(h, a, [
      mutation(a.planId, 't1', { words: ['y', 1] }, { type: 'diary' }),
    ]);
    expect(r).toMatchObject({ status: 'rejected', reason: 'wrong_plan' });
  });

  it("refuses another account's device id", async () => {
    const a = await h.owner('push-client-a@example.org');
    const b = await h.signIn('push-client-b@example.org');
    const res = await h.post(
      '/api/sync/push',
      { clientId: a.clientId, mutations: [mutation(a.planId, 'z', { w: ['x', 0] })] },
      b.cookie,
    );
    expect(res.statusCode).toBe(403);
  });
});
