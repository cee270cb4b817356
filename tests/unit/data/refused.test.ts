// The data layer checks every write against its record's model before saving anything.
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { databaseNotices } from '../../../src/data/notices';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { keyedRef, singletonRef } from '../../../src/data/recordIds';
import { FieldRefusedError, getRecord, saveFields, saveRecords } from '../../../src/data/records';

describe('a write its model refuses', () => {
  it('saves nothing, queues nothing, and says which field and why', async () => {
    const plan = await ensureCurrentPlan();
    const answer = keyedRef(plan.id, 'answer', 'safe');
    const error = await saveRecords([
      { ref: singletonRef(plan.id, 'profile'), fields: { name: 'Sam' } },
      { ref: answer, fields: { words: 'x'.repeat(20_001) } },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldRefusedError);
    expect((error as FieldRefusedError).problem).toEqual({
      field: 'words',
      problem: 'tooLong',
      max: 20_000,
    });
    // All or nothing: the profile in the same write is not saved either.
    expect(await getRecord(singletonRef(plan.id, 'profile').id)).toBeUndefined();
    expect(await db().outbox.count()).toBe(0);
    // Not a failure of the tablet: no "could not be saved" notice for the whole app.
    expect(databaseNotices.get().saveFailed).toBe(false);
    await expect(saveFields(answer, { scale: 'great' })).rejects.toBeInstanceOf(FieldRefusedError);
    await saveFields(answer, { words: 'I feel safe.', scale: 'good' });
    expect((await getRecord(answer.id))?.data).toEqual({ words: 'I feel safe.', scale: 'good' });
  });
});
