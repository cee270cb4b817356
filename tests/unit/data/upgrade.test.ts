// The upgrade harness: for every schema version after the first, open the version before it with
// data (records of every kind and work waiting in the outbox), then open the new one, and check
// that nothing was lost. Outbox rows are work not yet on the server: losing one loses words.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MyReviewDb } from '../../../src/data/db';
import { SCHEMA_VERSIONS } from '../../../src/data/schema';

function seed() {
  const now = '2026-11-20T10:00:00.000Z';
  return {
    plans: [{ id: 'p1', origin: 'local', role: 'owner', createdAt: now, checkpoint: 0 }],
    records: [
      {
        planId: 'p1',
        id: 'profile:p1',
        type: 'profile',
        data: { name: 'Sam' },
        rev: { name: 3 },
        deleted: false,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'c1',
      },
      {
        planId: 'p1',
        id: 'a1',
        type: 'answer',
        data: { theme: 'safe', scale: 'good', words: 'I feel safe here.' },
        rev: {},
        deleted: false,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'c1',
      },
      {
        planId: 'p1',
        id: 'd1',
        type: 'diary',
        data: { when: '2026-11-19', text: 'Jo rang about the move.' },
        rev: { when: 1, text: 1 },
        deleted: false,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'c1',
      },
      {
        planId: 'p1',
        id: 'd2',
        type: 'diary',
        data: { when: '2026-11-20', text: 'A good day.' },
        rev: {},
        deleted: false,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'c1',
      },
    ],
    outbox: [
      {
        mutationId: 'm1',
        planId: 'p1',
        recordId: 'a1',
        type: 'answer',
        op: 'create',
        fields: { words: { value: 'I feel safe here.', baseRev: 0 } },
        clientTime: now,
        status: 'pending',
      },
    ],
    media: [
      {
        sha256: 'ab'.repeat(32),
        planId: 'p1',
        mime: 'image/jpeg',
        bytes: new Uint8Array([1, 2, 3]).buffer,
        size: 3,
        createdAt: now,
        uploaded: 0,
      },
    ],
    meta: [{ key: 'clientId', value: 'c1' }],
    settings: [{ key: 'device', value: { textSize: 150 } }],
  };
}

describe('schema upgrades', () => {
  it('the list of versions only grows', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SCHEMA_VERSIONS[0]!.version).toBe(1);
  });

  it('the newest version opens an empty database', async () => {
    const fresh = new MyReviewDb('upgrade-empty');
    await fresh.open();
    expect(fresh.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    fresh.close();
  });

  for (let i = 1; i < SCHEMA_VERSIONS.length; i++) {
    const from = SCHEMA_VERSIONS.slice(0, i);
    const to = SCHEMA_VERSIONS.slice(0, i + 1);
    it(`from version ${from.at(-1)!.version} to ${to.at(-1)!.version} keeps every row`, async () => {
      const name = `upgrade-${i}`;
      const old = new MyReviewDb(name, from);
      const data = seed();
      for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
      old.close();

      const next = new MyReviewDb(name, to);
      await next.open();
      for (const [table, rows] of Object.entries(data)) {
        const kept = await next.table(table).toArray();
        expect(kept, `table ${table}`).toHaveLength(rows.length);
        for (const row of rows) expect(kept).toContainEqual(expect.objectContaining(row));
      }
      next.close();
      await Dexie.delete(name);
    });
  }

  it('version 4 lists the diary by day from the records already there', async () => {
    const name = 'upgrade-diary-by-day';
    const old = new MyReviewDb(name, SCHEMA_VERSIONS.filter((v) => v.version < 4));
    const data = seed();
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
    old.close();

    const next = new MyReviewDb(name, SCHEMA_VERSIONS.filter((v) => v.version <= 4));
    await next.open();
    const byDay = await next.records
      .where('[planId+type+data.when+id]')
      .between(['p1', 'diary', '', ''], ['p1', 'diary', '\uffff', '\uffff'])
      .reverse()
      .primaryKeys();
    expect(byDay).toEqual(['d2', 'd1']);
    expect(await next.outbox.count()).toBe(data.outbox.length);
    next.close();
    await Dexie.delete(name);
  });
});
