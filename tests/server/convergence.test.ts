// The convergence test (sync-reliability.md §3.3): three devices of one person, each with its
// own IndexedDB and the real sync engine, make thousands of random changes offline and online
// through proxies that drop, delay, duplicate and cut requests, while the server restarts. At the
// end every device holds exactly the server's data and conflicts (O1), every edit any device made
// is current, superseded by a later edit that saw it, kept as a conflict, or shown as refused (O2),
// nothing was applied twice (O3), checkpoints only moved forward (O4), the outboxes drained once
// the network was healthy (O5), and every value a delete removed was on the screen of the device
// that removed it (O6). The seed is printed; replay a failure with SYNC_SEED=<seed>.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { listConflicts, resolveConflict, type ConflictChoice } from '../../src/data/conflicts';
import { MyReviewDb } from '../../src/data/db';
import { countPending } from '../../src/data/outbox';
import { ensureCurrentPlan, getCurrentPlanId } from '../../src/data/plans';
import {
  createRecord,
  deleteRecord,
  getRecord,
  saveFields,
  singletonRef,
  type RecordRef,
} from '../../src/data/records';
import { buildServer } from '../../src/server/app';
import type { Store } from '../../src/server/store/database';
import { SyncEngine } from '../../src/sync/engine';
import { requestEmailCode, signInWithCode, type SyncContext } from '../../src/sync/session';
import {
  acceptInvitation,
  confirmMember,
  createInvitation,
  loadPeople,
  stopSharing,
} from '../../src/sync/sharing';
import { fetchTransport } from '../../src/sync/transport';
import { canRead, type Permission } from '../../src/shared/sharing';
import { FaultProxy, NO_FAULTS } from './support/faultProxy';
import {
  DATABASES,
  TestMailer,
  testDatabase,
  tableCounts,
  testServerOptions,
  type TestDatabase,
} from './support/harness';

// A fixed seed by default, so `npm test` is repeatable; SYNC_SEED=random explores new ones.
// Open question for the next change: under load, seed 1472914444 once failed O6 on SQLite (a delete
// by A removed "B#113" while A showed "A#161") and passed on replay: a timing-dependent path.
const SEED =
  process.env.SYNC_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.SYNC_SEED ?? 12345);
const OPS = Number(process.env.SYNC_OPS ?? 1500);
/** The members' run is shorter: it is about who may write, not about the network. */
const MEMBER_OPS = Number(process.env.SYNC_MEMBER_OPS ?? 400);
const EMAIL = 'sam@example.org';
const FIELDS = ['a', 'b', 'c'];

/** mulberry32: a small seeded PRNG, so a run can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Device {
  name: string;
  db: MyReviewDb;
  proxy: FaultProxy;
  base: string;
  engine: SyncEngine;
  ctx: SyncContext;
  cookie: () => string;
  checkpoint: number;
}

interface Edit {
  device: string;
  recordId: string;
  field: string;
  value: string;
}

type ServerState = Map<
  string,
  { data: Record<string, unknown>; rev: Record<string, number>; deleted: boolean }
>;

/**
 * O2: the edits that vanished. An edit is fine when it is the record's value now, is kept in a
 * conflict, or was overwritten by a later write that saw it (same device, or based on it).
 */
async function findLost(store: Store, planId: string, edits: Edit[], server: ServerState) {
  const history = (
    await store.db.selectFrom('record_history').selectAll().where('plan_id', '=', planId).execute()
  ).sort((a, b) => a.version - b.version || Number(a.id) - Number(b.id));
  const kept = new Set<string>();
  for (const c of await store.db
    .selectFrom('conflicts')
    .selectAll()
    .where('plan_id', '=', planId)
    .execute()) {
    for (const v of [c.kept_value, c.other_value]) {
      const parsed = JSON.parse(v) as unknown;
      if (c.field === '*' && parsed && typeof parsed === 'object') {
        for (const [f, fv] of Object.entries(parsed))
          kept.add(`${c.record_id}|${f}|${JSON.stringify(fv)}`);
      } else kept.add(`${c.record_id}|${c.field}|${v}`);
    }
  }
  const firstWrite = new Map<string, (typeof history)[number]>();
  const byRecord = new Map<string, typeof history>();
  for (const h of history) {
    const key = `${h.record_id}|${h.field}|${h.value}`;
    if (!firstWrite.has(key)) firstWrite.set(key, h);
    byRecord.set(h.record_id, [...(byRecord.get(h.record_id) ?? []), h]);
  }
  const lost: string[] = [];
  for (const e of edits) {
    const rec = server.get(e.recordId);
    if (kept.has(`${e.recordId}|${e.field}|${JSON.stringify(e.value)}`)) continue;
    const written = firstWrite.get(`${e.recordId}|${e.field}|${JSON.stringify(e.value)}`);
    if (!written) {
      lost.push(`${e.value} (${e.recordId}.${e.field}) never reached the server`);
      continue;
    }
    const later = (byRecord.get(e.recordId) ?? []).filter(
      (h) =>
        (h.field === e.field || h.field === '$deleted') &&
        (h.version > written.version ||
          (h.version === written.version && Number(h.id) > Number(written.id))),
    );
    const causal = (h: (typeof history)[number]) =>
      h.client_id === written.client_id || h.base_rev >= written.version;
    // Still the record's value (whether it was removed with it is O6's question).
    if (rec?.data[e.field] === e.value) continue;
    const next = later.find((h) => h.field === e.field);
    if (!next) lost.push(`${e.value} (${e.recordId}.${e.field}) is gone with no later write`);
    else if (!causal(next))
      lost.push(`${e.value} overwritten by ${next.mutation_id}, which never saw it`);
  }
  return { lost, history, byRecord };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
});

/** The server on a test database, listening on `port` (0: any free one). */
async function listen(database: TestDatabase, store: Store, mailer: TestMailer, port: number) {
  const app = await buildServer(testServerOptions(database, store, mailer, 1_000_000));
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}

/** Devices, each with its own IndexedDB, fault proxy (seeded from SEED + seedFrom + its index)
 * and sync engine; all are closed and deleted after the test. */
async function openDevices(
  names: string[],
  dbPrefix: string,
  port: () => number,
  seedFrom: number,
): Promise<Device[]> {
  const devices: Device[] = [];
  for (const [i, name] of names.entries()) {
    const db = new MyReviewDb(`${dbPrefix}-${name}`);
    const proxy = new FaultProxy(port, prng(SEED + seedFrom + i));
    const base = await proxy.listen();
    let cookie = '';
    const transport = fetchTransport({
      base,
      timeoutMs: 15_000,
      headers: () => ({ origin: base, ...(cookie ? { cookie } : {}) }),
      onResponse: (res) => {
        for (const c of res.headers.getSetCookie())
          if (c.startsWith('sid=')) cookie = c.split(';')[0]!;
      },
    });
    const engine = new SyncEngine({ db, transport, autoRetry: false, pullLimit: 7 });
    devices.push({
      name,
      db,
      proxy,
      base,
      engine,
      ctx: { db, transport, engine },
      cookie: () => cookie,
      checkpoint: 0,
    });
    cleanups.push(async () => {
      engine.stop();
      await proxy.close();
      db.close();
      await Dexie.delete(db.name);
    });
  }
  return devices;
}

/** The network heals: in-flight rounds end, every device is online with no faults. */
async function goQuiet(devices: Device[], inflight: Promise<unknown>[]) {
  await Promise.all(inflight);
  for (const d of devices) {
    d.proxy.offline = false;
    d.proxy.faults = NO_FAULTS;
  }
}

/** The plan's records as the server holds them, and as a device would (data, field revs, deleted). */
async function serverPlan(store: Store, planId: string) {
  const rows = await store.db
    .selectFrom('records')
    .selectAll()
    .where('plan_id', '=', planId)
    .execute();
  const server: ServerState = new Map(
    rows.map((row) => {
      const revs = JSON.parse(row.field_revs) as Record<string, { rev: number }>;
      const rev = Object.fromEntries(
        Object.entries(revs)
          .filter(([f]) => f !== '$deleted')
          .map(([f, v]) => [f, v.rev]),
      );
      return [row.id, { data: JSON.parse(row.data), rev, deleted: row.deleted === 1 }];
    }),
  );
  return { rows, server };
}

describe.each(DATABASES)('convergence on %s', (kind) => {
  it(`three devices converge under faults and restarts (seed ${SEED})`, async () => {
    console.info(
      `[convergence:${kind}] seed ${SEED}, ${OPS} operations. Replay: SYNC_SEED=${SEED} npx vitest run --project server tests/server/convergence.test.ts`,
    );
    // Operations draw from one stream, each proxy from its own: the operations a seed makes do
    // not depend on how many requests the network happened to carry.
    const r = prng(SEED);
    const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;

    // --- the server, which restarts on the same database now and then
    const database = await testDatabase(kind);
    let store: Store = await database.open();
    const mailer = new TestMailer();
    let app: FastifyInstance | undefined;
    let port = 0;
    const startServer = async () => {
      app = await listen(database, store, mailer, port);
      port = (app.server.address() as { port: number }).port;
    };
    let restarts = 0;
    const restart = async () => {
      restarts++;
      await app!.close();
      await store.close();
      store = await database.open();
      await startServer();
    };
    await startServer();
    cleanups.push(async () => {
      await app?.close();
      await store.close();
      await database.dispose();
    });

    // --- three devices, each with its own database, proxy and engine
    const devices = await openDevices(
      ['A', 'B', 'C'],
      `convergence-${kind}-${SEED}`,
      () => port,
      1,
    );

    const edits: Edit[] = [];
    // What each delete's device had when the person removed the record (by mutation id), read in
    // the delete's own transaction so a pull running meanwhile cannot change it.
    const removals = new Map<string, { device: string; data: Record<string, unknown> }>();
    const recordingRemovals = (d: Device, recordId: string, op: () => Promise<unknown>) =>
      d.db.transaction('rw', [d.db.records, d.db.outbox, d.db.conflicts, d.db.meta], async () => {
        const before = await d.db.records.get(recordId);
        const last = (await d.db.outbox.orderBy('seq').last())?.seq ?? 0;
        await op();
        for (const e of await d.db.outbox.where('seq').above(last).toArray())
          if (e.op === 'delete')
            removals.set(e.mutationId, { device: d.name, data: { ...(before?.data ?? {}) } });
      });
    let n = 0;
    const value = (d: Device) => `${d.name}#${++n}`;

    // --- before sign-in: each device starts its own plan and types into it
    for (const d of devices) {
      const plan = await ensureCurrentPlan(d.db);
      const v = value(d);
      await saveFields(singletonRef(plan.id, 'profile'), { a: v }, d.db);
      edits.push({ device: d.name, recordId: `profile:${plan.id}`, field: 'a', value: v });
    }
    const firstPlan = (await getCurrentPlanId(devices[0]!.db))!;
    const renamed = new Map(
      await Promise.all(
        devices.map(async (d) => [(await getCurrentPlanId(d.db))!, firstPlan] as const),
      ),
    );
    for (const e of edits)
      for (const [from, to] of renamed) e.recordId = e.recordId.replace(from, to);

    // --- the same person signs in on all three: the first claims its plan, the others merge in
    for (const d of devices) {
      const { challengeId } = await requestEmailCode(d.ctx, EMAIL);
      await signInWithCode(d.ctx, challengeId, mailer.lastCodeFor(EMAIL));
      expect(await d.engine.syncNow()).toBe('ok');
    }
    const planId = firstPlan;
    for (const d of devices) expect(await getCurrentPlanId(d.db)).toBe(planId);

    // --- thousands of random operations through misbehaving networks
    const pool: RecordRef[] = [
      singletonRef(planId, 'profile'),
      ...[1, 2, 3, 4, 5].map((k) => ({ planId, type: 'answer' as const, id: `answer-${k}` })),
    ];
    for (const d of devices) d.proxy.faults = { drop: 0.06, delay: 0.2, duplicate: 0.1, cut: 0.08 };
    const inflight: Promise<unknown>[] = [];
    const checkMonotonic = async (d: Device) => {
      const plan = await d.db.plans.get(planId);
      expect(plan!.checkpoint, `${d.name} checkpoint went back`).toBeGreaterThanOrEqual(
        d.checkpoint,
      );
      d.checkpoint = plan!.checkpoint;
    };
    // A change not yet acknowledged by the server is what the person sees, whatever was pulled.
    // (Read in one transaction: an edit committing meanwhile is seen whole or not at all.)
    const checkLocalEditsShown = (d: Device) =>
      d.db.transaction('r', d.db.outbox, d.db.records, async () => {
        const shown = new Map<string, unknown>();
        for (const e of await d.db.outbox.orderBy('seq').toArray()) {
          if (e.status !== 'pending') continue;
          for (const [f, c] of Object.entries(e.fields)) shown.set(`${e.recordId}|${f}`, c.value);
        }
        for (const [key, v] of shown) {
          const [id, f] = key.split('|') as [string, string];
          const rec = await d.db.records.get(id);
          expect(rec?.data[f], `${d.name} shows its own unsent ${key}`).toEqual(v);
        }
      });
    const counts = { edit: 0, create: 0, delete: 0, resolve: 0, sync: 0, offline: 0, restart: 0 };

    for (let i = 0; i < OPS; i++) {
      const d = pick(devices);
      const x = r();
      if (x < 0.45) {
        counts.edit++;
        const ref = pick(pool);
        const field = pick(FIELDS);
        if (r() < 0.05) {
          await saveFields(ref, { [field]: 'same' }, d.db);
        } else {
          const v = value(d);
          await saveFields(ref, { [field]: v }, d.db);
          edits.push({ device: d.name, recordId: ref.id, field, value: v });
        }
      } else if (x < 0.5) {
        counts.create++;
        const v = value(d);
        const ref = await createRecord(planId, 'diary', { a: v }, d.db);
        pool.push(ref);
        edits.push({ device: d.name, recordId: ref.id, field: 'a', value: v });
      } else if (x < 0.55) {
        const ref = pick(pool);
        if (await getRecord(ref.id, d.db)) {
          counts.delete++;
          await recordingRemovals(d, ref.id, () => deleteRecord(ref, d.db));
        }
      } else if (x < 0.65) {
        const open = await listConflicts(planId, d.db);
        if (open.length) {
          counts.resolve++;
          const c = pick(open);
          const choice = pick<ConflictChoice>(['kept', 'other', 'both']);
          await recordingRemovals(d, c.recordId, () => resolveConflict(c, choice, d.db));
        }
      } else if (x < 0.93) {
        counts.sync++;
        const round = d.engine
          .syncNow()
          .then(() => checkMonotonic(d))
          .then(() => checkLocalEditsShown(d));
        if (r() < 0.6) await round;
        else inflight.push(round);
      } else if (x < 0.99) {
        counts.offline++;
        d.proxy.offline = !d.proxy.offline;
      } else {
        counts.restart++;
        await restart();
      }
    }

    // --- quiet: everything online, no more faults, a few rounds each
    await goQuiet(devices, inflight);
    for (let pass = 0; pass < 3; pass++) {
      for (const d of devices) {
        expect(await d.engine.syncNow(), `${d.name} round in pass ${pass}`).toBe('ok');
        await checkMonotonic(d);
      }
    }
    console.info(
      `[convergence:${kind}] ${JSON.stringify(counts)}; restarts ${restarts}; proxy ${JSON.stringify(
        devices.map((d) => d.proxy.stats),
      )}`,
    );

    // O5: every outbox drained once the network was healthy, and nothing was refused.
    for (const d of devices) {
      expect(await countPending(d.db), `${d.name} pending`).toBe(0);
      expect(await d.db.outbox.count(), `${d.name} refused`).toBe(0);
    }

    // O1: every device holds exactly the server's records and open conflicts.
    const { server } = await serverPlan(store, planId);
    const openConflicts = (
      await store.db
        .selectFrom('conflicts')
        .select('id')
        .where('plan_id', '=', planId)
        .where('resolved_at', 'is', null)
        .execute()
    )
      .map((c) => c.id)
      .sort();
    for (const d of devices) {
      const local = await d.db.records.where('planId').equals(planId).toArray();
      const mine = new Map(
        local.map((l) => [l.id, { data: l.data, rev: l.rev, deleted: l.deleted }]),
      );
      expect(mine, `${d.name} records`).toEqual(server);
      const conflicts = (await listConflicts(planId, d.db)).map((c) => c.id).sort();
      expect(conflicts, `${d.name} conflicts`).toEqual(openConflicts);
    }

    // O2: no edit vanished.
    const { lost, history, byRecord } = await findLost(store, planId, edits, server);
    expect(lost, `edits lost (seed ${SEED})`).toEqual([]);

    // O6: every value a delete removed was seen by the device that removed it: the record's
    // fields just before each removal are what that device had when the person removed it.
    const unseen: string[] = [];
    for (const removal of history) {
      if (removal.field !== '$deleted' || JSON.parse(removal.value) !== true) continue;
      const by = removals.get(removal.mutation_id);
      if (!by) {
        unseen.push(
          `${removal.record_id} removed by ${removal.mutation_id}, not a person's delete`,
        );
        continue;
      }
      const before = new Map<string, string>();
      for (const w of byRecord.get(removal.record_id) ?? []) {
        if (Number(w.id) === Number(removal.id)) break;
        if (w.field !== '$deleted') before.set(w.field, w.value);
      }
      for (const [field, value] of before) {
        if (value === 'null' || JSON.stringify(by.data[field] ?? null) === value) continue;
        unseen.push(
          `${removal.record_id}.${field} = ${value} removed by ${by.device} (${removal.mutation_id}), which had ${JSON.stringify(by.data[field] ?? null)}`,
        );
      }
    }
    expect(unseen, `removed values their remover never saw (seed ${SEED})`).toEqual([]);
    expect(removals.size, 'deletes were made').toBeGreaterThan(0);
    expect(edits.length).toBeGreaterThan(OPS / 3);

    // O3: applied once: no mutation wrote a field twice, and replaying a push changes nothing.
    const writes = history.map((h) => `${h.mutation_id}|${h.field}`);
    expect(new Set(writes).size).toBe(writes.length);
    const replayFrom = devices.find((d) => d.proxy.pushes.length)!;
    const before = {
      counts: await tableCounts(store),
      plan: await store.db.selectFrom('plans').selectAll().execute(),
    };
    for (const body of replayFrom.proxy.pushes.slice(-5)) {
      const res = await fetch(`${replayFrom.base}/api/sync/push`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          origin: replayFrom.base,
          cookie: replayFrom.cookie(),
        },
      });
      expect(res.status).toBe(200);
    }
    const after = {
      counts: await tableCounts(store),
      plan: await store.db.selectFrom('plans').selectAll().execute(),
    };
    expect({ ...after, counts: { ...after.counts, audit_log: 0 } }).toEqual({
      ...before,
      counts: { ...before.counts, audit_log: 0 },
    });
  }, 300_000);

  it(`a supporter and a family member join, edit and are revoked mid-run (seed ${SEED})`, async () => {
    const r = prng(SEED ^ 0x5eed);
    const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
    const database = await testDatabase(kind);
    const store: Store = await database.open();
    const mailer = new TestMailer();
    const app = await listen(database, store, mailer, 0);
    const port = (app.server.address() as { port: number }).port;
    cleanups.push(async () => {
      await app.close();
      await store.close();
      await database.dispose();
    });

    // The person (two devices), a supporter and a family member, each with its own database.
    const ACCESS: Record<string, { role: 'supporter' | 'family'; permissions: Permission[] }> = {
      S: { role: 'supporter', permissions: ['seeAnswers', 'writeAnswers'] },
      F: { role: 'family', permissions: ['seeWhoIsComing', 'helpActionsDiary'] },
    };
    const emails: Record<string, string> = {
      A: 'sam@example.org',
      B: 'sam@example.org',
      S: 'alex@example.org',
      F: 'mum@example.org',
    };
    const devices = await openDevices(
      ['A', 'B', 'S', 'F'],
      `members-${kind}-${SEED}`,
      () => port,
      100,
    );
    const [A, B, S, F] = devices as [Device, Device, Device, Device];
    const plan = await ensureCurrentPlan(A.db);
    const planId = plan.id;
    for (const d of devices) {
      const { challengeId } = await requestEmailCode(d.ctx, emails[d.name]!);
      await signInWithCode(d.ctx, challengeId, mailer.lastCodeFor(emails[d.name]!));
      expect(await d.engine.syncNow()).toBe('ok');
    }
    expect(await getCurrentPlanId(B.db)).toBe(planId);
    // The person is 16 or older and has said yes to Mum taking part (the 16+ family rule).
    await saveFields(singletonRef(planId, 'review'), { ageBand: '16plus' }, A.db);
    const mum = await createRecord(planId, 'attendee', { name: 'Mum' }, A.db);
    await createRecord(
      planId,
      'consent',
      { subject: 'attendee', attendeeId: mum.id, state: 'yes', decidedBy: 'person' },
      A.db,
    );
    expect(await A.engine.syncNow()).toBe('ok');

    /** The owner's sharing calls go over a healthy network (the person taps and waits). */
    const healthy = async <T>(run: () => Promise<T>): Promise<T> => {
      const saved = devices.map((d) => [d.proxy.faults, d.proxy.offline] as const);
      for (const d of devices) {
        d.proxy.faults = NO_FAULTS;
        d.proxy.offline = false;
      }
      try {
        return await run();
      } finally {
        devices.forEach((d, i) => {
          d.proxy.faults = saved[i]![0];
          d.proxy.offline = saved[i]![1];
        });
      }
    };
    const userIds = new Map<string, string>();
    /** While a member, a device holds only what its permissions let it see (its own unsent or
     * refused changes aside: those are its own words). */
    const heldOnlyWhatItMaySee = async (d: Device) => {
      const own = new Set((await d.db.outbox.toArray()).map((e) => e.recordId));
      const held = await d.db.records.where('planId').equals(planId).toArray();
      expect(held.length, `${d.name} holds some of the plan`).toBeGreaterThan(0);
      for (const rec of held)
        if (!own.has(rec.id))
          expect(canRead(ACCESS[d.name]!, rec.type, rec.data), `${d.name} holds ${rec.type}`).toBe(
            true,
          );
    };
    const joinPlan = (member: Device) =>
      healthy(async () => {
        const access = ACCESS[member.name]!;
        const made = await createInvitation(A.ctx.transport, planId, {
          role: access.role,
          permissions: access.permissions,
          // The family member is someone in "who is coming" whom the person said yes to.
          ...(member === F ? { attendeeId: mum.id } : { name: member.name }),
        });
        await acceptInvitation(member.ctx.transport, { token: made.token });
        const waiting = (await loadPeople(A.ctx.transport, planId)).members.find(
          (m) => m.status === 'pending',
        )!;
        userIds.set(member.name, waiting.userId);
        await confirmMember(A.ctx.transport, planId, waiting.userId);
      });

    // Records everyone works on: answers (the supporter's area) and diary entries (the family's).
    const answers: RecordRef[] = [1, 2, 3, 4].map((k) => ({
      planId,
      type: 'answer' as const,
      id: `answer-${k}`,
    }));
    const diary: RecordRef[] = [];
    for (let k = 0; k < 3; k++)
      diary.push(await createRecord(planId, 'diary', { a: `A#d${k}` }, A.db));
    expect(await A.engine.syncNow()).toBe('ok');

    const edits: Edit[] = [];
    /** Edits a member made while they were allowed: each must be current, a conflict or refused. */
    const memberEdits: Edit[] = [];
    let n = 0;
    const joined = new Set<string>();
    const revoked = new Set<string>();
    const JOIN_S = Math.floor(MEMBER_OPS * 0.1);
    const JOIN_F = Math.floor(MEMBER_OPS * 0.2);
    const REVOKE_S = Math.floor(MEMBER_OPS * 0.6);
    const REVOKE_F = Math.floor(MEMBER_OPS * 0.85);
    for (const d of devices) d.proxy.faults = { drop: 0.05, delay: 0.2, duplicate: 0.1, cut: 0.05 };
    const inflight: Promise<unknown>[] = [];
    const counts = { owner: 0, member: 0, outside: 0, sync: 0, offline: 0 };

    for (let i = 0; i < MEMBER_OPS; i++) {
      if (i === JOIN_S) await joinPlan(S).then(() => joined.add('S'));
      if (i === JOIN_F) await joinPlan(F).then(() => joined.add('F'));
      if (i === REVOKE_S || i === REVOKE_F) {
        const who = i === REVOKE_S ? 'S' : 'F';
        await heldOnlyWhatItMaySee(who === 'S' ? S : F);
        // The stop is one request; it may meet a member's push in flight (the server orders them).
        await healthy(() => stopSharing(A.ctx.transport, planId, userIds.get(who)!));
        revoked.add(who);
      }
      const d = pick(
        devices.filter(
          (x) => ['A', 'B'].includes(x.name) || (joined.has(x.name) && !revoked.has(x.name)),
        ),
      );
      const x = r();
      const member = d === S || d === F;
      if (x < 0.5) {
        // An edit in the writer's own area, or (one in five, for members) outside it.
        const mine = d === F ? diary : d === S ? answers : [...answers, ...diary];
        const other = d === F ? answers : diary;
        const outside = member && r() < 0.2;
        const ref = pick(outside ? other : mine);
        const value = `${d.name}#${++n}`;
        const field = pick(FIELDS);
        await saveFields(ref, { [field]: value }, d.db);
        const edit = { device: d.name, recordId: ref.id, field, value };
        if (outside) counts.outside++;
        else if (member) {
          counts.member++;
          memberEdits.push(edit);
        } else {
          counts.owner++;
          edits.push(edit);
        }
      } else if (x < 0.58 && d === F) {
        const value = `F#${++n}`;
        const ref = await createRecord(planId, 'diary', { a: value }, d.db);
        diary.push(ref);
        memberEdits.push({ device: 'F', recordId: ref.id, field: 'a', value });
      } else if (x < 0.93) {
        counts.sync++;
        const round = d.engine.syncNow();
        if (r() < 0.6) await round;
        else inflight.push(round);
      } else {
        counts.offline++;
        d.proxy.offline = !d.proxy.offline;
      }
    }

    // Quiet: everyone online, a few rounds each.
    await goQuiet(devices, inflight);
    for (let pass = 0; pass < 3; pass++) for (const d of devices) await d.engine.syncNow();
    console.info(`[convergence:${kind}:members] ${JSON.stringify(counts)}`);
    expect(counts.member).toBeGreaterThan(10);
    expect(counts.outside).toBeGreaterThan(0);

    // The server's plan now.
    const { rows, server } = await serverPlan(store, planId);

    // The person's two devices agree with the server and refused nothing.
    for (const d of [A, B]) {
      const local = await d.db.records.where('planId').equals(planId).toArray();
      expect(
        new Map(local.map((l) => [l.id, { data: l.data, rev: l.rev, deleted: l.deleted }])),
        `${d.name} records`,
      ).toEqual(server);
      expect(await d.db.outbox.count(), `${d.name} outbox`).toBe(0);
    }

    // No edit vanished: the person's, and every member edit made while they were allowed is
    // current, a conflict, superseded by a write that saw it, or shown on its device as refused.
    const refusedOn = new Map<string, Set<string>>();
    for (const d of [S, F]) {
      const shown = new Set<string>();
      for (const e of await d.db.outbox.where('planId').equals(planId).toArray()) {
        expect(e.status, `${d.name} has only refused changes left`).toBe('rejected');
        for (const [f, c] of Object.entries(e.fields))
          shown.add(`${e.recordId}|${f}|${String(c.value)}`);
      }
      refusedOn.set(d.name, shown);
    }
    const notRefused = memberEdits.filter(
      (e) => !refusedOn.get(e.device)!.has(`${e.recordId}|${e.field}|${e.value}`),
    );
    const { lost } = await findLost(store, planId, [...edits, ...notRefused], server);
    expect(lost, `edits lost (seed ${SEED})`).toEqual([]);
    // A member's words outside their area never reached the plan.
    for (const row of rows) {
      for (const v of Object.values(JSON.parse(row.data) as Record<string, unknown>)) {
        if (typeof v !== 'string') continue;
        if (row.type === 'answer') expect(v.startsWith('F#'), `${row.id} holds ${v}`).toBe(false);
        if (row.type === 'diary') expect(v.startsWith('S#'), `${row.id} holds ${v}`).toBe(false);
      }
    }

    // Both members were revoked: their devices hold nothing of the plan — no record, conflict,
    // photo, plan or unsent change; only their own refused words, kept so they can copy them.
    for (const d of [S, F]) {
      expect(await d.db.records.where('planId').equals(planId).count(), `${d.name} records`).toBe(
        0,
      );
      expect(
        await d.db.conflicts.where('planId').equals(planId).count(),
        `${d.name} conflicts`,
      ).toBe(0);
      expect(await d.db.media.where('planId').equals(planId).count()).toBe(0);
      expect(await d.db.mediaQueue.where('planId').equals(planId).count()).toBe(0);
      expect(await d.db.plans.get(planId), `${d.name} plan`).toBeUndefined();
      for (const e of await d.db.outbox.where('planId').equals(planId).toArray())
        for (const c of Object.values(e.fields))
          expect(
            String(c.value).startsWith(`${d.name}#`),
            `${d.name} keeps only its own words`,
          ).toBe(true);
    }
  }, 300_000);
});
