// Stopping sharing while a push from that member is in flight (DESIGN.md §6; issue 10 item 8):
// the stop and the push are ordered, never interleaved. Either the push lands first (it was
// allowed when it arrived) and the stop answers after it, or the stop lands first and the push is
// refused. From the stop's answer on, the member's very next request — push, pull or media — is
// refused. On PostgreSQL the push is held inside its transaction (after it read the membership) by
// a second connection that holds a row it must write, so the stop really arrives mid-push.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import type { PushResponse } from '../../src/shared/protocol';
import {
  DATABASES,
  ORIGIN,
  PG_URL,
  startHarness,
  type Device,
  type Harness,
} from './support/harness';
import { mutation, pullAs, pushAs } from './support/mutations';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 7]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let h: Harness | undefined;
const closing: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of closing.splice(0).reverse()) await c().catch(() => undefined);
  await h?.close();
  h = undefined;
});

async function member(h: Harness, planId: string, email: string): Promise<Device> {
  const d = await h.signIn(email);
  await h.db
    .insertInto('plan_members')
    .values({
      plan_id: planId,
      user_id: d.account.userId,
      role: 'supporter',
      scopes: JSON.stringify(['seeAnswers', 'writeAnswers', 'seeMedia']),
      status: 'active',
      invited_by: null,
      consented_at: new Date().toISOString(),
      created_at: new Date().toISOString(),
      revoked_at: null,
      revoked_by: null,
    })
    .execute();
  return d;
}

/** Waits (by asking PostgreSQL, not by the clock) until some backend waits for a lock `pid` holds. */
async function blockedBy(client: pg.Client, pid: number, until: () => boolean): Promise<number> {
  for (;;) {
    if (until()) return 0;
    const r = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
      [pid],
    );
    if (r.rows[0]) return r.rows[0].pid;
  }
}

describe.each(DATABASES)('stopping sharing while a push is in flight, on %s', (kind) => {
  it('the push and the stop are ordered, and the very next request is refused', async () => {
    h = await startHarness(kind);
    const harness = h;
    const owner = await h.owner('sam@example.org');
    const alex = await member(h, owner.planId, 'alex@example.org');
    const photo = Buffer.concat([JPEG, Buffer.from('revocation')]);
    const put = await h.app.inject({
      method: 'PUT',
      url: `/api/media/${sha(photo)}`,
      payload: photo,
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        'content-type': 'image/jpeg',
        'x-plan-id': owner.planId,
        cookie: owner.cookie,
      },
    });
    expect(put.statusCode).toBe(201);
    await pushAs(h, owner, [
      mutation(owner.planId, uuidv7(), { sha256: [sha(photo), 0] }, { type: 'media' }),
    ]);
    // Alex can see the photo before the stop.
    const getPhoto = () =>
      harness.request('GET', `/api/media/${sha(photo)}`, undefined, alex.cookie);
    expect((await getPhoto()).statusCode).toBe(200);
    // Alex has pushed before, so his device is known.
    await pushAs(h, alex, [mutation(owner.planId, uuidv7(), { words: ['First', 0] })]);

    const inFlight = mutation(owner.planId, uuidv7(), { words: ['Written as it stops', 0] });
    const order: string[] = [];

    // PostgreSQL: hold the push inside its transaction, after it has read Alex's membership.
    let blocker: pg.Client | undefined;
    let watcher: pg.Client | undefined;
    if (kind === 'postgres') {
      const options = `-c search_path=${h.database.pgSchema}`;
      blocker = new pg.Client({ connectionString: PG_URL, options });
      watcher = new pg.Client({ connectionString: PG_URL, options });
      await blocker.connect();
      await watcher.connect();
      closing.push(
        () => blocker!.end(),
        () => watcher!.end(),
      );
      await blocker.query('BEGIN');
      // The row the push will write last: its own "applied once" mark.
      await blocker.query(
        'INSERT INTO applied_mutations (client_id, mutation_id, plan_id, user_id, result, version, at) VALUES ($1, $2, $3, $4, $5, 0, $6)',
        [alex.clientId, inFlight.mutationId, owner.planId, alex.account.userId, '{}', 'x'],
      );
    }
    const pushing = h
      .post('/api/sync/push', { clientId: alex.clientId, mutations: [inFlight] }, alex.cookie)
      .then((r) => {
        order.push('push');
        return r;
      });
    let pushPid = 0;
    if (blocker && watcher) {
      const blockerPid = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
        .rows[0]!.pid;
      pushPid = await blockedBy(watcher, blockerPid, () => order.includes('push'));
      expect(pushPid, 'the push is held mid-transaction').toBeGreaterThan(0);
    }
    const stopping = h
      .post(`/api/plans/${owner.planId}/members/${alex.account.userId}/stop`, {}, owner.cookie)
      .then((r) => {
        order.push('stop');
        return r;
      });
    if (blocker && watcher) {
      // The stop must wait for the push it arrived during (or it would answer "stopped" while
      // Alex's words were still going in).
      await blockedBy(watcher, pushPid, () => order.includes('stop'));
      expect(order, 'the stop answered while the push was still in flight').toEqual([]);
      await blocker.query('ROLLBACK');
    }
    const [pushed, stopped] = await Promise.all([pushing, stopping]);
    expect(stopped.statusCode).toBe(200);
    expect(pushed.statusCode).toBe(200);
    const [result] = (pushed.json() as PushResponse).results;

    const row = await h.db
      .selectFrom('records')
      .select('id')
      .where('plan_id', '=', owner.planId)
      .where('id', '=', inFlight.recordId)
      .executeTakeFirst();
    if (result!.status === 'applied') {
      // It arrived while Alex was allowed: it counts, and it was answered before the stop.
      expect(order).toEqual(['push', 'stop']);
      expect(row).toBeDefined();
    } else {
      // The stop came first: refused, and nothing of it was written.
      expect(result).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(row).toBeUndefined();
    }
    if (kind === 'postgres') expect(result!.status).toBe('applied');

    // The very next request of each kind is refused.
    const [next] = await pushAs(h, alex, [
      mutation(owner.planId, uuidv7(), { words: ['After the stop', 0] }),
    ]);
    expect(next).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const pulled = await pullAs(h, alex, { [owner.planId]: { checkpoint: 1 } });
    expect(pulled).toMatchObject({ plans: [], revokedPlans: [owner.planId], pages: [] });
    expect((await getPhoto()).statusCode).toBe(404);
    const after = await h.db
      .selectFrom('records')
      .select('id')
      .where('plan_id', '=', owner.planId)
      .execute();
    expect(JSON.stringify(after)).not.toContain(next!.mutationId);
  });
});
