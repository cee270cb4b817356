// Deleting an account and leaving a plan, on this device's side (issue 12 item 3). After the
// server erases a plan, every copy must go: this device's at once, the person's other devices
// when their next request finds the session gone (they ask whether their plans were erased, and
// delete them instead of keeping the data "signed out"), and members' devices through the pull
// (erasedPlans), with a plain message each time.
import type { MyReviewDb } from '../data/db';
import { noteStoppedSharing } from '../data/meta';
import { ensureCurrentPlan } from '../data/plans';
import { ACCOUNT_KEY, getAccount, type StoredAccount } from './account';
import { purgePlan } from './apply';
import { ApiError, type Transport } from './transport';

/** What erasing needs of the sync context; structural, as the engine itself imports this module. */
interface SyncContext {
  db: MyReviewDb;
  transport: Transport;
  engine?: { stop(): void; init(): unknown } | undefined;
}

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

/** Every copy of these plans leaves this device, work waiting or not: the server has none now. */
async function removePlans(d: MyReviewDb, planIds: string[]): Promise<void> {
  await d.transaction(
    'rw',
    [d.plans, d.records, d.outbox, d.conflicts, d.media, d.mediaQueue, d.meta],
    async () => {
      for (const id of planIds) {
        await purgePlan(d, id, { revoked: true });
        // Refused changes of an erased plan have nobody left to read them.
        await d.outbox.where('planId').equals(id).delete();
      }
    },
  );
}

/** The account's plans on this device (those the server knows). */
async function accountPlans(d: MyReviewDb, account: StoredAccount): Promise<string[]> {
  return (await d.plans.toArray())
    .filter((p) => p.userId === account.userId && p.origin === 'server')
    .map((p) => p.id);
}

/** This device forgets the account and its plans, and says why once. */
async function forgetAccount(d: MyReviewDb, account: StoredAccount): Promise<void> {
  const plans = (await d.plans.toArray()).filter((p) => p.userId === account.userId);
  await removePlans(
    d,
    plans.map((p) => p.id),
  );
  await d.meta.delete(ACCOUNT_KEY);
  await noteStoppedSharing(d, { planId: account.userId, name: '', reason: 'accountErased' });
  await ensureCurrentPlan(d);
}

/**
 * Deletes the account and everything on the server, then on this device. The server asks for a
 * sign-in made in the last ten minutes: an ApiError 'sign_in_again' means sign in, then retry.
 */
export async function eraseAccount(ctx: SyncContext): Promise<void> {
  const account = await getAccount(ctx.db);
  await ctx.transport.json('POST', '/api/account/erase', { confirm: true });
  ctx.engine?.stop();
  if (account) await forgetAccount(ctx.db, account);
  await ctx.engine?.init();
}

/** A member leaves someone's plan: the server first, then this device's copy. */
export async function leavePlan(ctx: SyncContext, planId: string): Promise<void> {
  await ctx.transport.json('POST', `${planPath(planId)}/leave`, {});
  await removePlans(ctx.db, [planId]);
  await ensureCurrentPlan(ctx.db);
}

/**
 * The session ended: was it because the account was erased on another device? If the server says
 * one of the account's plans was erased, everything of the account leaves this device.
 * Answers true when it did.
 */
export async function forgetIfErased(d: MyReviewDb, t: Transport): Promise<boolean> {
  const account = await getAccount(d);
  if (!account) return false;
  for (const planId of await accountPlans(d, account)) {
    try {
      const answer = (await t.json('GET', `${planPath(planId)}/erased`)) as { erased?: unknown };
      if (answer.erased === true) {
        await forgetAccount(d, account);
        return true;
      }
    } catch (error) {
      if (error instanceof ApiError) continue;
      throw error;
    }
  }
  return false;
}
