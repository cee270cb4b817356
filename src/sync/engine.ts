// The sync engine: one round = claim what was made before sign-in, push the outbox, pull until
// done, then media. It never runs twice at once (one round at a time here, and one tab at a time
// through Web Locks), backs off with jitter when the server cannot be reached, and tells the
// person where their work is in words (syncStatus).
import type { MyReviewDb } from '../data/db';
import { deleteUnusedMedia } from '../data/mediaRelease';
import { getMeta, setMeta } from '../data/meta';
import type { Store } from '../shared/store';
import {
  adoptLocalPlans,
  chooseCurrentPlan,
  clientIdFor,
  getAccount,
  LAST_SAVE_KEY,
  type StoredAccount,
} from './account';
import { forgetIfErased } from './erase';
import type { SyncStatus } from './status';
import { downloadMedia, pullChanges, pushOutbox, uploadMedia } from './steps';
import { ApiError, OfflineError, type Transport } from './transport';

export type RoundResult = 'ok' | 'local' | 'offline' | 'signedOut' | 'error' | 'busy';

export interface EngineOptions {
  db: MyReviewDb;
  transport: Transport;
  status?: Store<SyncStatus>;
  /** Runs a round while holding the sync lock; 'busy' when another tab holds it. */
  withLock?: (round: () => Promise<RoundResult>) => Promise<RoundResult>;
  now?: () => number;
  random?: () => number;
  /** Page size of pulls (tests use small pages to exercise paging). */
  pullLimit?: number;
  /** Try again by itself after a failure (off in tests that drive every round). */
  autoRetry?: boolean;
}

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** Exponential backoff with jitter: many tablets coming back at once do not all knock together. */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

export class SyncEngine {
  private running: Promise<RoundResult> | null = null;
  private again = false;
  private failures = 0;
  private retryAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly refusedMedia = new Set<string>();

  constructor(private readonly o: EngineOptions) {}

  private get now() {
    return this.o.now?.() ?? Date.now();
  }

  private setStatus(patch: Partial<SyncStatus>) {
    this.o.status?.set((s) => ({ ...s, ...patch }));
  }

  /** Reads what the device remembers (signed in? last saved when?) for the status line. */
  async init(): Promise<void> {
    const account = await getAccount(this.o.db);
    const last = (await getMeta<string>(LAST_SAVE_KEY, this.o.db)) ?? null;
    this.setStatus({ signedIn: !!account, lastServerSave: last, state: 'local' });
  }

  /** A round now. If one is running, another follows it, so no change waits for a timer. */
  syncNow(): Promise<RoundResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = (async () => {
      let result: RoundResult;
      let rounds = 0;
      do {
        this.again = false;
        result = await (this.o.withLock ? this.o.withLock(() => this.round()) : this.round());
      } while (this.again && result === 'ok' && ++rounds < 5);
      this.afterRound(result);
      return result;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Asks for a round soon. `force` (start, back online, app visible again, the person asked)
   * ignores the backoff; the others (after a write, every minute) wait for it.
   */
  requestSync(delayMs = 0, force = false): void {
    if (!force && this.now < this.retryAt) return;
    if (this.timer && !force) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.syncNow();
    }, delayMs);
  }

  /** The server says the session has ended: say so, and stop trying until the next sign-in. */
  sessionEnded(): void {
    this.setStatus({ state: 'signedOut' });
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private afterRound(result: RoundResult) {
    if (result === 'offline' || result === 'error') {
      this.failures++;
      const wait = backoffDelay(this.failures, this.o.random);
      this.retryAt = this.now + wait;
      if (this.o.autoRetry !== false) this.requestSync(wait, true);
    } else if (result !== 'busy') {
      this.failures = 0;
      this.retryAt = 0;
    }
  }

  private async plansOf(account: StoredAccount): Promise<Set<string>> {
    const plans = await this.o.db.plans.toArray();
    return new Set(
      plans.filter((p) => p.origin === 'server' && p.userId === account.userId).map((p) => p.id),
    );
  }

  /** Changes still waiting that this account can send (and, before claiming, claim and send). */
  private async waiting(account: StoredAccount, withLocal: boolean): Promise<number> {
    const d = this.o.db;
    const local = new Set(
      withLocal
        ? (await d.plans.toArray()).filter((p) => p.origin === 'local').map((p) => p.id)
        : [],
    );
    const mine = await this.plansOf(account);
    return d.outbox
      .where('status')
      .equals('pending')
      .filter((e) => mine.has(e.planId) || local.has(e.planId))
      .count();
  }

  private async round(): Promise<RoundResult> {
    const d = this.o.db;
    const t = this.o.transport;
    const account = await getAccount(d);
    if (!account) {
      this.setStatus({ signedIn: false, state: 'local' });
      return 'local';
    }
    this.setStatus({ signedIn: true });
    try {
      if (await this.waiting(account, true)) this.setStatus({ state: 'saving' });
      const clientId = await clientIdFor(d, account.userId);
      await adoptLocalPlans(d, t, clientId, account);
      await pushOutbox(d, t, clientId, await this.plansOf(account));
      await pullChanges(d, t, clientId, account.userId, this.o.pullLimit);
      if (await chooseCurrentPlan(d, account)) this.again = true; // claim the fresh plan
      // The server has acknowledged what was sent: photos those changes dropped may now go.
      await deleteUnusedMedia(d);
      await uploadMedia(d, t, await this.plansOf(account), this.refusedMedia);
      await downloadMedia(d, t);
      if (await this.waiting(account, false)) {
        // Written while this round ran: one more round sends it.
        this.again = true;
        return 'ok';
      }
      const at = new Date(this.now).toISOString();
      await setMeta(LAST_SAVE_KEY, at, d);
      this.setStatus({ state: 'saved', lastServerSave: at });
      return 'ok';
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        // Erased on another device: delete this copy too, not keep it "signed out".
        if (await forgetIfErased(d, t).catch(() => false)) {
          this.setStatus({ signedIn: false, state: 'local' });
          return 'local';
        }
        this.setStatus({ state: 'signedOut' });
        return 'signedOut';
      }
      if (error instanceof OfflineError) {
        this.setStatus({ state: 'offline' });
        return 'offline';
      }
      this.setStatus({ state: 'error' });
      return 'error';
    }
  }
}
