import { uuidv7 } from '../shared/ids';
import { db, type MyReviewDb } from './db';
import { getClientId } from './meta';
import type { Plan } from './types';

const CURRENT = 'currentPlanId';

/** A plan as a device first holds it: nothing pulled yet. Made here only. */
export function newPlan({
  id = uuidv7(),
  origin,
  role = 'owner',
  userId,
}: {
  id?: string;
  origin: Plan['origin'];
  role?: Plan['role'];
  userId?: string;
}): Plan {
  const plan: Plan = { id, origin, role, createdAt: new Date().toISOString(), checkpoint: 0 };
  return userId === undefined ? plan : { ...plan, userId };
}

/**
 * The plan this device is working on. On first use there is none: one is made here, on the
 * tablet, with no account and no network, so the person can start at once. Sign-in later claims
 * it for their account under the same id, so nothing typed before is lost or left behind.
 */
export async function ensureCurrentPlan(d: MyReviewDb = db()): Promise<Plan> {
  await getClientId(d);
  return d.transaction('rw', d.plans, d.meta, async () => {
    const current = await d.meta.get(CURRENT);
    if (typeof current?.value === 'string') {
      const plan = await d.plans.get(current.value);
      if (plan) return plan;
    }
    const existing = await d.plans.orderBy('id').first();
    const plan: Plan = existing ?? newPlan({ origin: 'local' });
    if (!existing) await d.plans.add(plan);
    await d.meta.put({ key: CURRENT, value: plan.id });
    return plan;
  });
}

export async function getCurrentPlanId(d: MyReviewDb = db()): Promise<string | undefined> {
  const row = await d.meta.get(CURRENT);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function listPlans(d: MyReviewDb = db()): Promise<Plan[]> {
  return d.plans.toArray();
}

export const CURRENT_PLAN_KEY = CURRENT;
