// A copy brought back on a new tablet reaches the server like local work, by the server's own
// rules: what the server already has is not written twice, and what changed on the server since
// the copy was made is not overwritten — it becomes a conflict the person resolves.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listConflicts } from '../../src/data/conflicts';
import { countPending } from '../../src/data/outbox';
import { getCurrentPlanId } from '../../src/data/plans';
import { getRecord, saveField, singletonRef } from '../../src/data/records';
import { restoreFromFile } from '../../src/features/mydata/archive/readCopy';
import { blobSink } from '../../src/features/mydata/archive/sinks';
import { writeCopy } from '../../src/features/mydata/archive/writeCopy';
import { DATABASES, startHarness, type Harness } from './support/harness';
import { devicePool } from './support/devices';

describe.each(DATABASES)('bringing a copy back on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());
  const newDevice = devicePool(() => h);

  async function serverRecords(planId: string) {
    return h.db.selectFrom('records').selectAll().where('plan_id', '=', planId).execute();
  }

  it('sends only what differs, and a change made since becomes a conflict', async () => {
    const email = `copy-${kind}@example.org`;
    const a = await newDevice();
    const planId = (await getCurrentPlanId(a.db))!;
    const profile = singletonRef(planId, 'profile');
    const answer = { planId, type: 'answer' as const, id: `answer:${planId}:safe` };
    await saveField(profile, 'name', 'Sam', a.db);
    await saveField(answer, 'words', 'I feel safe', a.db);
    await a.signIn(email);
    expect(await countPending(a.db)).toBe(0);

    const sink = blobSink();
    await writeCopy(sink, { appVersion: 'test', summary: () => '', db: a.db });
    const copy = sink.result();

    // After the copy, the answer changes on the server (from another tablet).
    await saveField(answer, 'words', 'Changed on the other tablet', a.db);
    await a.engine.syncNow();
    const before = await serverRecords(planId);

    // A new tablet, a copy brought back, then sign-in: the plan is claimed as the person's own.
    const c = await newDevice();
    expect((await restoreFromFile(copy, c.db)).added).toBe(2);
    expect(await getCurrentPlanId(c.db)).toBe(planId);
    await c.signIn(email);
    await c.engine.syncNow();

    const after = await serverRecords(planId);
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    const data = Object.fromEntries(after.map((r) => [r.id, JSON.parse(r.data)]));
    expect(data[profile.id]).toEqual({ name: 'Sam' });
    // Not overwritten: the newer words stay, the copy's words wait for the person.
    expect(data[answer.id]).toMatchObject({ words: 'Changed on the other tablet' });
    const conflicts = await listConflicts(planId, c.db);
    expect(conflicts).toEqual([
      expect.objectContaining({
        recordId: answer.id,
        field: 'words',
        kept: expect.objectContaining({ value: 'Changed on the other tablet' }),
        other: expect.objectContaining({ value: 'I feel safe' }),
      }),
    ]);
    // The unchanged name raised no question, and nothing is left waiting.
    expect(await countPending(c.db)).toBe(0);
    expect((await getRecord(profile.id, c.db))!.data.name).toBe('Sam');
    expect(await c.db.plans.get(planId)).toMatchObject({ origin: 'server' });
  });
});
