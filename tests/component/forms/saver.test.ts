import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, listRecords, saveFields } from '../../../src/data';
import { db } from '../../../src/data/db';
import { removeRecord, removeWithUndo } from '../../../src/features/forms/saver';
import { undoLast } from '../../../src/features/forms/undo';

describe('"put it back"', () => {
  it('brings back the same record (same id, same words), never a copy', async () => {
    const plan = await ensureCurrentPlan();
    const ref = { planId: plan.id, id: 'attendee-1', type: 'attendee' as const };
    await saveFields(ref, { name: 'Sue', kind: 'chair' });
    const putBack = await removeRecord(ref, { name: 'Sue', kind: 'chair' });
    expect(await listRecords(plan.id, 'attendee')).toEqual([]);
    expect(await putBack()).toEqual(ref);
    const after = await listRecords(plan.id, 'attendee');
    expect(after.map((r) => [r.id, r.data])).toEqual([
      ['attendee-1', { name: 'Sue', kind: 'chair' }],
    ]);
    // To the server: a removal and the same record taken back, not a create of a new one.
    const ops = (await db().outbox.toArray()).map((m) => [m.op, m.recordId]);
    expect(ops).toEqual([
      ['create', 'attendee-1'],
      ['delete', 'attendee-1'],
      ['patch', 'attendee-1'],
    ]);
  });

  it('"Undo my last change" after a removal means the same', async () => {
    const plan = await ensureCurrentPlan();
    const ref = { planId: plan.id, id: 'attendee-2', type: 'attendee' as const };
    await saveFields(ref, { name: 'Ali' });
    expect(await removeWithUndo(ref, { name: 'Ali' })).toBe(true);
    expect(await undoLast(location.pathname)).toBe(true);
    expect((await listRecords(plan.id, 'attendee')).map((r) => r.id)).toEqual(['attendee-2']);
  });
});
