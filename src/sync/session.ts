// Signing in and out, for the account screens. Signing in remembers the account on this device
// and starts a sync round at once (which claims the plan made before sign-in). Signing out ends
// the session on the server; what happens to the work on this device is the person's choice, and
// work not yet on the server is never removed.
import type { MyReviewDb } from '../data/db';
import { ensureCurrentPlan } from '../data/plans';
import {
  AccountSchema,
  EmailStartResponseSchema,
  normaliseCode,
  PasskeyOptionsResponseSchema,
  type Account,
  type CodeDelivery,
} from '../shared/auth';
import { ACCOUNT_KEY, getAccount, rememberAccount } from './account';
import { purgePlan } from './apply';
import type { SyncEngine } from './engine';
import { forgetIfErased } from './erase';
import { ApiError, OfflineError, type Transport } from './transport';

export interface SyncContext {
  db: MyReviewDb;
  transport: Transport;
  engine?: SyncEngine;
}

async function signedIn(ctx: SyncContext, account: Account): Promise<Account> {
  await rememberAccount(ctx.db, account);
  await ctx.engine?.init();
  void ctx.engine?.syncNow();
  return account;
}

/**
 * Asks for a 6-digit code for this address; answers with the id the code is bound to and how the
 * code went out (by email, or only into the server's log when no email server is set up).
 * `language`: the one the app shows, so the email is written in it.
 */
export async function requestEmailCode(
  ctx: SyncContext,
  email: string,
  language?: string,
): Promise<{ challengeId: string; delivery: CodeDelivery }> {
  return EmailStartResponseSchema.parse(
    await ctx.transport.json('POST', '/api/auth/email/start', { email, language }),
  );
}

export async function signInWithCode(
  ctx: SyncContext,
  challengeId: string,
  code: string,
): Promise<Account> {
  const account = AccountSchema.parse(
    await ctx.transport.json('POST', '/api/auth/email/verify', {
      challengeId,
      code: normaliseCode(code),
    }),
  );
  return signedIn(ctx, account);
}

export async function passkeyLoginOptions(ctx: SyncContext) {
  return PasskeyOptionsResponseSchema.parse(
    await ctx.transport.json('POST', '/api/auth/passkey/login/options', {}),
  );
}

export async function finishPasskeyLogin(
  ctx: SyncContext,
  challengeId: string,
  response: unknown,
): Promise<Account> {
  const account = AccountSchema.parse(
    await ctx.transport.json('POST', '/api/auth/passkey/login/verify', { challengeId, response }),
  );
  return signedIn(ctx, account);
}

export async function passkeyRegistrationOptions(ctx: SyncContext) {
  return PasskeyOptionsResponseSchema.parse(
    await ctx.transport.json('POST', '/api/auth/passkey/register/options', {}),
  );
}

export async function finishPasskeyRegistration(
  ctx: SyncContext,
  challengeId: string,
  response: unknown,
): Promise<Account> {
  const account = AccountSchema.parse(
    await ctx.transport.json('POST', '/api/auth/passkey/register/verify', {
      challengeId,
      response,
    }),
  );
  await rememberAccount(ctx.db, account);
  return account;
}

/** The account as the server sees it now; null when the session has ended. */
export async function refreshAccount(ctx: SyncContext): Promise<Account | null> {
  try {
    const account = AccountSchema.parse(await ctx.transport.json('GET', '/api/auth/session'));
    await rememberAccount(ctx.db, account);
    return account;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      // Deleted on another device: this copy goes too (the engine's status follows on init).
      if (await forgetIfErased(ctx.db, ctx.transport).catch(() => false)) {
        await ctx.engine?.init();
        return null;
      }
      ctx.engine?.sessionEnded();
      return null;
    }
    throw error;
  }
}

/** How many changes of this account's plans are still waiting to reach the server. */
export async function unsentCount(ctx: SyncContext): Promise<number> {
  const account = await getAccount(ctx.db);
  if (!account) return 0;
  const plans = new Set(
    (await ctx.db.plans.toArray()).filter((p) => p.userId === account.userId).map((p) => p.id),
  );
  return ctx.db.outbox
    .where('status')
    .equals('pending')
    .filter((e) => plans.has(e.planId))
    .count();
}

export interface SignOutResult {
  /** False when the server could not be reached: this device is signed out all the same. */
  serverReached: boolean;
  /** Plans kept on this device because some of their work has not reached the server yet. */
  kept: number;
}

/**
 * Signs out. keepOnDevice: the plans stay on this device, still the account's: the person can go
 * on using them, and what they change is sent the next time that account signs in (another
 * account signing in here never sees them). Otherwise they are removed from this device — all
 * but a plan with work not yet on the server, which is kept.
 */
export async function signOut(
  ctx: SyncContext,
  options: { keepOnDevice: boolean },
): Promise<SignOutResult> {
  let serverReached = true;
  try {
    await ctx.transport.json('POST', '/api/auth/logout', {});
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    serverReached = false;
  }
  const d = ctx.db;
  const account = await getAccount(d);
  await d.meta.delete(ACCOUNT_KEY);
  ctx.engine?.stop();
  let kept = 0;
  if (account && !options.keepOnDevice) {
    const plans = (await d.plans.toArray()).filter((p) => p.userId === account.userId);
    for (const plan of plans) {
      await d.transaction(
        'rw',
        [d.plans, d.records, d.outbox, d.conflicts, d.media, d.mediaQueue, d.meta],
        () => purgePlan(d, plan.id),
      );
      if (await d.plans.get(plan.id)) kept++;
    }
  }
  await ensureCurrentPlan(d); // a fresh plan on this device if theirs has gone
  await ctx.engine?.init();
  return { serverReached, kept };
}
