// The sync engine of this app, for the screens: start it, ask for a round, sign in and out.
// One engine per tab; Web Locks make sure one tab at a time talks to the server.
import { liveQuery } from 'dexie';
import { db } from '../data/db';
import type { Account } from '../shared/auth';
import { SyncEngine, type RoundResult } from './engine';
import { fetchPlanAudit as fetchAudit } from './audit';
import * as erase from './erase';
import * as session from './session';
import { syncStatus } from './status';
import { fetchTransport } from './transport';
import * as sharingApi from './sharing';
import * as deliveriesApi from './deliveries';
import type { SendDelivery } from '../shared/deliveries';
import type { ChangeMember, CreateInvitation, InviteKey } from '../shared/invitations';

export { syncStatus, type SyncStatus } from './status';
export { ApiError, OfflineError } from './transport';
import { ApiError, OfflineError } from './transport';
export type { SignOutResult } from './session';
export { useAccount } from './hooks';

const transport = fetchTransport();
let engine: SyncEngine | undefined;

async function oneTabAtATime(round: () => Promise<RoundResult>): Promise<RoundResult> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return round();
  return locks.request('my-review-sync', { ifAvailable: true }, (lock) =>
    lock ? round() : ('busy' as const),
  );
}

function getEngine(): SyncEngine {
  engine ??= new SyncEngine({
    db: db(),
    transport,
    status: syncStatus,
    withLock: oneTabAtATime,
  });
  return engine;
}

function ctx(): session.SyncContext {
  return { db: db(), transport, engine: getEngine() };
}

const WRITE_DELAY_MS = 2_000;
const EVERY_MINUTE_MS = 60_000;

/**
 * Starts syncing: now, when the connection comes back, when the app is shown again, a moment
 * after each change, and every minute while the app is on screen. Returns a function that stops.
 */
export function startSync(): () => void {
  const e = getEngine();
  void e.init().then(() => e.requestSync(0, true));
  const now = () => e.requestSync(0, true);
  const onVisible = () => document.visibilityState === 'visible' && now();
  window.addEventListener('online', now);
  document.addEventListener('visibilitychange', onVisible);
  const minute = setInterval(() => {
    if (document.visibilityState === 'visible') e.requestSync(0);
  }, EVERY_MINUTE_MS);
  // A change in any tab adds to the outbox; send it a moment later (typing often comes in bursts).
  let last = 0;
  const pending = liveQuery(() => db().outbox.where('status').equals('pending').count()).subscribe({
    next: (n) => {
      if (n > last) e.requestSync(WRITE_DELAY_MS);
      last = n;
    },
    // The database closed under it ("Remove everything", another tab's upgrade): the page reloads
    // next, and the minute's round still runs meanwhile; nothing to tell the person here.
    error: () => undefined,
  });
  return () => {
    window.removeEventListener('online', now);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(minute);
    pending.unsubscribe();
    e.stop();
  };
}

/** "Try again now": a round at once, whatever the backoff says. */
export function syncNow(): Promise<RoundResult> {
  return getEngine().syncNow();
}

/** The plan's audit (owner only), kept as the last copy for offline. */
export const fetchPlanAudit = (planId: string) => fetchAudit(ctx(), planId);

export const requestEmailCode = (email: string, language?: string) =>
  session.requestEmailCode(ctx(), email, language);
export const signInWithCode = (challengeId: string, code: string): Promise<Account> =>
  session.signInWithCode(ctx(), challengeId, code);
export const unsentCount = () => session.unsentCount(ctx());
export const refreshAccount = () => session.refreshAccount(ctx());
export const signOut = (options: { keepOnDevice: boolean }) => session.signOut(ctx(), options);
/** Deletes the account and everything, on the server and then on this device. */
export const eraseAccount = () => erase.eraseAccount(ctx());
/** A member leaves someone's plan; its copy leaves this device. */
export const leavePlan = (planId: string) => erase.leavePlan(ctx(), planId);

/** Passkeys: their code loads only when the person uses them. */
export async function signInWithPasskey(): Promise<Account> {
  return (await import('./passkeys')).signInWithPasskey(ctx());
}
export async function addPasskey(): Promise<Account> {
  return (await import('./passkeys')).addPasskey(ctx());
}
export async function passkeySupport() {
  const m = await import('./passkeys');
  return { supported: m.passkeysSupported(), isCancelled: m.isPasskeyCancelled };
}

/** Sharing (invitations and members): straight to the server, never queued. */
export const sharing = {
  create: (planId: string, body: CreateInvitation) =>
    sharingApi.createInvitation(transport, planId, body),
  open: (key: InviteKey) => sharingApi.openInvitation(transport, key),
  accept: (key: InviteKey) => sharingApi.acceptInvitation(transport, key),
  people: (planId: string) => sharingApi.loadPeople(transport, planId),
  confirm: (planId: string, userId: string) => sharingApi.confirmMember(transport, planId, userId),
  change: (planId: string, userId: string, body: ChangeMember) =>
    sharingApi.changeMember(transport, planId, userId, body),
  stop: (planId: string, userId: string) => sharingApi.stopSharing(transport, planId, userId),
  cancel: (planId: string, invitationId: string) =>
    sharingApi.cancelInvitation(transport, planId, invitationId),
};

/** Sending to a professional, and the professional opening it: straight to the server. */
export const deliveries = {
  list: (planId: string) => deliveriesApi.listDeliveries(transport, planId),
  /** Sends what is on the server: first a sync round, so the newest changes are there too. */
  send: async (planId: string, body: SendDelivery) => {
    const round = await syncNow();
    if (round === 'offline') throw new OfflineError('offline');
    if ((await unsentCount()) > 0) throw new ApiError(409, 'not_synced', '');
    return deliveriesApi.sendDelivery(transport, planId, body);
  },
  open: (deliveryId: string) => deliveriesApi.openDelivery(transport, deliveryId),
  mediaUrl: deliveriesApi.deliveryMediaUrl,
  media: (deliveryId: string, sha256: string) =>
    deliveriesApi.deliveryMedia(transport, deliveryId, sha256),
};
