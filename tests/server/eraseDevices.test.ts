// After an account is deleted, every copy goes (issue 12 item 3), on both databases, with the
// real engine on real IndexedDB-like storage: the deleting device at once, the person's other
// signed-in device at its next contact (not "signed out" with the plan kept), and a member's
// device with "deleted by its owner". And a member leaving a plan takes it off their device.
import 'fake-indexeddb/auto'; // before Dexie loads: the devices' IndexedDB
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccount } from '../../src/sync/account';
import { listStoppedSharing } from '../../src/data/meta';
import { createRecord } from '../../src/data/records';
import { eraseAccount, leavePlan } from '../../src/sync/erase';
import { devicePool, type TestDevice } from './support/devices';
import { DATABASES, startHarness, type Harness } from './support/harness';

describe.each(DATABASES)('every copy goes after an erasure, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());
  const newDevice = devicePool(() => h);
  const planOf = async (d: TestDevice) =>
    (await d.db.plans.toArray()).find((p) => p.origin === 'server');
  const recordsOf = (d: TestDevice, planId: string) =>
    d.db.records.where('planId').equals(planId).count();

  async function addMember(planId: string, email: string, ownerId: string) {
    const member = await newDevice();
    await member.signIn(email);
    const account = (await getAccount(member.db))!;
    await h.db
      .insertInto('plan_members')
      .values({
        plan_id: planId,
        user_id: account.userId,
        role: 'supporter',
        scopes: JSON.stringify(['seeAnswers']),
        status: 'active',
        invited_by: ownerId,
        consented_at: new Date().toISOString(),
        created_at: new Date().toISOString(),
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
    expect(await member.engine.syncNow()).toBe('ok');
    return member;
  }

  it('empties this device, the other device of the person and the member’s device', async () => {
    const email = `sam-dev-${kind}@example.org`;
    const one = await newDevice();
    await one.signIn(email);
    const plan = (await planOf(one))!;
    await createRecord(plan.id, 'answer', { words: 'Sam wrote this' }, one.db);
    expect(await one.engine.syncNow()).toBe('ok');
    const two = await newDevice();
    await two.signIn(email);
    expect(await recordsOf(two, plan.id)).toBeGreaterThan(0);
    const sam = (await getAccount(one.db))!;
    const alex = await addMember(plan.id, `alex-dev-${kind}@example.org`, sam.userId);
    expect(await recordsOf(alex, plan.id)).toBeGreaterThan(0);

    await eraseAccount(one);
    expect(await one.db.plans.get(plan.id)).toBeUndefined();
    expect(await recordsOf(one, plan.id)).toBe(0);
    expect(await getAccount(one.db)).toBeUndefined();
    expect((await listStoppedSharing(one.db)).map((s) => s.reason)).toEqual(['accountErased']);

    // The other device: its session was erased too; it deletes its copy instead of keeping it.
    expect(await two.engine.syncNow()).toBe('local');
    expect(await two.db.plans.get(plan.id)).toBeUndefined();
    expect(await recordsOf(two, plan.id)).toBe(0);
    expect(await two.db.outbox.where('planId').equals(plan.id).count()).toBe(0);
    expect(await getAccount(two.db)).toBeUndefined();
    expect((await listStoppedSharing(two.db)).map((s) => s.reason)).toEqual(['accountErased']);

    // The member: "This plan was deleted by its owner."
    expect(await alex.engine.syncNow()).toBe('ok');
    expect(await alex.db.plans.get(plan.id)).toBeUndefined();
    expect(await recordsOf(alex, plan.id)).toBe(0);
    expect(await listStoppedSharing(alex.db)).toEqual([
      { planId: plan.id, name: '', reason: 'erased' },
    ]);
  });

  it('a device merely signed out keeps its plan and is told to sign in', async () => {
    const email = `kept-${kind}@example.org`;
    const one = await newDevice();
    await one.signIn(email);
    const plan = (await planOf(one))!;
    await h.db.deleteFrom('sessions').execute(); // signed out everywhere, nothing erased
    expect(await one.engine.syncNow()).toBe('signedOut');
    expect(await one.db.plans.get(plan.id)).toBeDefined();
    expect(await listStoppedSharing(one.db)).toEqual([]);
  });

  it('a member who leaves a plan has it taken off their device', async () => {
    const owner = await newDevice();
    await owner.signIn(`owner-leave-dev-${kind}@example.org`);
    const plan = (await planOf(owner))!;
    await createRecord(plan.id, 'answer', { words: 'Mine' }, owner.db);
    expect(await owner.engine.syncNow()).toBe('ok');
    const ownerId = (await getAccount(owner.db))!.userId;
    const member = await addMember(plan.id, `member-leave-dev-${kind}@example.org`, ownerId);
    expect(await member.db.plans.get(plan.id)).toBeDefined();
    await leavePlan(member, plan.id);
    expect(await member.db.plans.get(plan.id)).toBeUndefined();
    expect(await recordsOf(member, plan.id)).toBe(0);
    const rows = await h.db
      .selectFrom('plan_members')
      .select('status')
      .where('plan_id', '=', plan.id)
      .where('role', '=', 'supporter')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['revoked']);
  });
});
