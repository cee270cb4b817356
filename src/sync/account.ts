// The account this device syncs with, as the device remembers it, and what happens to the plan
// made on this device before anyone signed in: it is claimed by the account under the same id, or,
// when the account already has a plan (signed in on another device first), merged into that plan.
// Nothing typed before sign-in is lost or left behind.
import type { MyReviewDb } from '../data/db';
import { getClientId, getMeta, rotateClientId, setMeta } from '../data/meta';
import { CURRENT_PLAN_KEY, newPlan } from '../data/plans';
import { movedId } from '../data/recordIds';
import type { Account } from '../shared/auth';
import type { RecordType } from '../shared/records';
import { ApiError, type Transport } from './transport';

export interface StoredAccount {
  userId: string;
  email: string;
  name: string | null;
  /** The plans the account could see when it last signed in or synced. */
  plans: { id: string; role: string }[];
}

export const ACCOUNT_KEY = 'account';
export const CLIENT_USER_KEY = 'clientUser';
export const LAST_SAVE_KEY = 'lastServerSave';

export async function getAccount(d: MyReviewDb): Promise<StoredAccount | undefined> {
  return getMeta<StoredAccount>(ACCOUNT_KEY, d);
}

export async function rememberAccount(d: MyReviewDb, account: Account): Promise<StoredAccount> {
  const stored: StoredAccount = {
    userId: account.userId,
    email: account.email,
    name: account.name,
    plans: account.plans,
  };
  await setMeta(ACCOUNT_KEY, stored, d);
  return stored;
}

/**
 * The device id to sync with. The server binds an id to the first account that used it, so when
 * another account signs in on this device it gets a new id.
 */
export async function clientIdFor(d: MyReviewDb, userId: string): Promise<string> {
  const boundTo = await getMeta<string>(CLIENT_USER_KEY, d);
  if (boundTo === userId) return getClientId(d);
  const id = boundTo === undefined ? await getClientId(d) : await rotateClientId(d);
  await setMeta(CLIENT_USER_KEY, userId, d);
  return id;
}

/** Moves a plan made on this device into the account's plan: records, waiting changes, photos. */
export async function mergePlan(
  d: MyReviewDb,
  fromId: string,
  toId: string,
  userId: string,
): Promise<void> {
  // Ids made from the plan (profile:<plan>, answer:<plan>:safe) follow it; random ones stay.
  const rename = (id: string, type: RecordType) => movedId(id, type, fromId, toId);
  await d.transaction('rw', [d.plans, d.records, d.outbox, d.media, d.meta], async () => {
    for (const r of await d.records.where('planId').equals(fromId).toArray()) {
      const id = rename(r.id, r.type);
      const there = await d.records.get(id);
      if (id !== r.id) await d.records.delete(r.id);
      await d.records.put(
        there
          ? { ...there, data: { ...there.data, ...r.data }, deleted: r.deleted }
          : { ...r, id, planId: toId, rev: {} },
      );
    }
    for (const e of await d.outbox.where('planId').equals(fromId).toArray()) {
      await d.outbox.update(e.seq!, { planId: toId, recordId: rename(e.recordId, e.type) });
    }
    await d.media.where('planId').equals(fromId).modify({ planId: toId });
    await d.plans.delete(fromId);
    if (!(await d.plans.get(toId))) {
      await d.plans.add(newPlan({ id: toId, origin: 'server', userId }));
    }
    const current = await d.meta.get(CURRENT_PLAN_KEY);
    if (!current || current.value === fromId)
      await d.meta.put({ key: CURRENT_PLAN_KEY, value: toId });
  });
}

/** Claims or merges every plan that is still only on this device. */
export async function adoptLocalPlans(
  d: MyReviewDb,
  t: Transport,
  clientId: string,
  account: StoredAccount,
): Promise<void> {
  const local = (await d.plans.toArray()).filter((p) => p.origin === 'local');
  if (!local.length) return;
  const serverOwned = (await d.plans.toArray()).find(
    (p) => p.origin === 'server' && p.userId === account.userId && p.role === 'owner',
  );
  let owned = account.plans.find((p) => p.role === 'owner')?.id ?? serverOwned?.id;
  for (const plan of local) {
    if (owned && owned !== plan.id) {
      await mergePlan(d, plan.id, owned, account.userId);
      continue;
    }
    try {
      await t.json('POST', '/api/sync/claim', { clientId, planId: plan.id });
    } catch (error) {
      // The id belongs to someone else's plan (it cannot happen by chance): keep it here, local.
      if (error instanceof ApiError && error.status === 403) continue;
      throw error;
    }
    await d.plans.update(plan.id, { origin: 'server', userId: account.userId });
    owned = plan.id;
    if (!account.plans.some((p) => p.id === plan.id)) {
      account.plans.push({ id: plan.id, role: 'owner' });
      await setMeta(ACCOUNT_KEY, account, d);
    }
  }
}

/**
 * After sign-in, the plan on screen is one of this account's: its own plan if it has one. A plan
 * another account left on this device is never shown to the next person: with no plan of its
 * own yet, the account starts a fresh one here (claimed on the next round). True when it did.
 */
export async function chooseCurrentPlan(d: MyReviewDb, account: StoredAccount): Promise<boolean> {
  const plans = await d.plans.toArray();
  const currentId = (await d.meta.get(CURRENT_PLAN_KEY))?.value;
  const current = plans.find((p) => p.id === currentId);
  if (current && (current.origin === 'local' || current.userId === account.userId)) return false;
  const mine = plans.filter((p) => p.origin === 'server' && p.userId === account.userId);
  const next = mine.find((p) => p.role === 'owner') ?? mine[0];
  if (next) {
    await d.meta.put({ key: CURRENT_PLAN_KEY, value: next.id });
    return false;
  }
  const fresh = newPlan({ origin: 'local' });
  await d.transaction('rw', d.plans, d.meta, async () => {
    await d.plans.add(fresh);
    await d.meta.put({ key: CURRENT_PLAN_KEY, value: fresh.id });
  });
  return true;
}
