// Pull pages by (version, id): under concurrent pushes no row is skipped and none is repeated
// within a version, checkpoints only move forward, and the reader ends with the server's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import type { Cursor } from '../../src/shared/protocol';
import { PERMISSIONS } from '../../src/shared/sharing';
import { DATABASES, startHarness, type Harness } from './support/harness';
import { mutation, pullAll, pullAs, pushAs } from './support/mutations';

describe.each(DATABASES)('pull on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('pages never skip or repeat a row while another device keeps pushing', async () => {
    const writer = await h.owner('pull-pages@example.org');
    const reader = await h.signIn('pull-pages@example.org');
    const ids = Array.from({ length: 40 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const revs = new Map<string, number>();
    let writing = true;

    const write = async () => {
      for (let round = 0; round < 25; round++) {
        const batch = Array.from({ length: 8 }, (_, k) => {
          const id = ids[(round * 8 + k * 5) % ids.length]!;
          return mutation(writer.planId, id, { n: [round * 100 + k, revs.get(id) ?? 0] });
        });
        for (const r of await pushAs(h, writer, batch)) {
          const m = batch.find((b) => b.mutationId === r.mutationId)!;
          revs.set(m.recordId, r.fields!.n!.rev);
        }
      }
      writing = false;
    };

    const seen = new Map<string, { version: number; n: unknown }>();
    let checkpoint = 0;
    const readLoop = async () => {
      let cursor: Cursor | undefined;
      let last: [number, string] = [checkpoint, '\uffff'];
      for (;;) {
        const res = await pullAs(h, reader, { [writer.planId]: { checkpoint, cursor } }, 5);
        const page = res.pages.find((p) => p.planId === writer.planId);
        if (!page) return;
        for (const r of page.records) {
          // Strictly increasing (version, id) within one pull: nothing twice, nothing out of order.
          const after = r.version > last[0] || (r.version === last[0] && r.id > last[1]);
          expect(after, `${r.id}@${r.version} after ${last}`).toBe(true);
          last = [r.version, r.id];
          seen.set(r.id, { version: r.version, n: r.data.n });
        }
        expect(page.checkpoint).toBeGreaterThanOrEqual(checkpoint);
        checkpoint = page.checkpoint;
        cursor = page.cursor ?? undefined;
        if (!res.more) return;
      }
    };
    const read = async () => {
      while (writing) await readLoop();
    };
    await Promise.all([write(), read()]);
    await readLoop();

    const server = await pullAll(h, reader, writer.planId);
    expect(new Map([...seen].sort())).toEqual(
      new Map(
        [...server].map(([id, r]) => [id, { version: r.version, n: r.data.n }] as const).sort(),
      ),
    );
    const plan = await h.db
      .selectFrom('plans')
      .select('version')
      .where('id', '=', writer.planId)
      .executeTakeFirstOrThrow();
    expect(checkpoint).toBe(plan.version);
  });

  it('splits one big version across pages without losing any of it', async () => {
    const a = await h.owner('pull-big@example.org');
    const batch = Array.from({ length: 60 }, (_, i) =>
      mutation(a.planId, uuidv7(), { i: [i, 0] }, { op: 'create' }),
    );
    await pushAs(h, a, batch);
    const got = new Set<string>();
    let from: { checkpoint: number; cursor?: Cursor } = { checkpoint: 0 };
    for (let i = 0; i < 20; i++) {
      const res = await pullAs(h, a, { [a.planId]: from }, 7);
      const page = res.pages[0]!;
      for (const r of page.records) {
        expect(got.has(r.id)).toBe(false);
        got.add(r.id);
      }
      // Inside the one version, the checkpoint must not claim it is complete.
      if (page.cursor) expect(page.checkpoint).toBe(0);
      from = { checkpoint: page.checkpoint, ...(page.cursor ? { cursor: page.cursor } : {}) };
      if (!res.more) break;
    }
    expect(got.size).toBe(60);
    expect(from.checkpoint).toBe(1);
  });

  it('lists the plans an account can see, and those it no longer can', async () => {
    const a = await h.owner('pull-plans@example.org');
    const gone = uuidv7();
    const res = await pullAs(h, a, { [gone]: { checkpoint: 3 } });
    expect(res.plans).toEqual([
      { id: a.planId, role: 'owner', version: 0, permissions: [...PERMISSIONS] },
    ]);
    expect(res.revokedPlans).toEqual([gone]);
  });

  it('sends nothing for a plan the device is up to date with', async () => {
    const a = await h.owner('pull-quiet@example.org');
    await pushAs(h, a, [mutation(a.planId, 'x', { w: ['1', 0] }, { op: 'create' })]);
    const res = await pullAs(h, a, { [a.planId]: { checkpoint: 1 } });
    expect(res.pages).toEqual([]);
    expect(res.more).toBe(false);
  });
});
