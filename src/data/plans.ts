import { uuidv7 } from '../shared/ids';
import { db, type MyReviewDb } from './db';
import { getClientId } from './meta';
import { singletonRef } from './recordIds';
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

/**
 * Work on another plan this device holds (a supporter helping several people, a family tablet).
 * Only the current-plan key changes: every plan's data stays where it is, so switching is instant
 * and needs no network. A plan the device does not hold is refused.
 */
export async function setCurrentPlan(planId: string, d: MyReviewDb = db()): Promise<boolean> {
  return d.transaction('rw', d.plans, d.meta, async () => {
    if (!(await d.plans.get(planId))) return false;
    await d.meta.put({ key: CURRENT, value: planId });
    return true;
  });
}

export interface PlanChoice {
  plan: Plan;
  /** The person's name from their plan (profile), '' when they have not given one. */
  name: string;
  current: boolean;
}

/** The plans on this device with whose they are, the device owner's first, then by name. */
export async function listPlanChoices(d: MyReviewDb = db()): Promise<PlanChoice[]> {
  const [plans, current] = await Promise.all([d.plans.toArray(), getCurrentPlanId(d)]);
  const choices = await Promise.all(
    plans.map(async (plan) => {
      const profile = await d.records.get(singletonRef(plan.id, 'profile').id);
      const given = profile && !profile.deleted ? profile.data.name : undefined;
      const name = typeof given === 'string' ? given.trim() : '';
      return { plan, name, current: plan.id === current };
    }),
  );
  const rank = (c: PlanChoice) => (c.plan.role === 'owner' ? 0 : 1);
  return choices.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export const CURRENT_PLAN_KEY = CURRENT;
