// The diary's first screen reads only its first entries, by the diary's own order (an index of
// day then id). It must show exactly what the whole list would show first: the same entries, in
// the same order, never a removed or empty one, while the count, Find and "Show more" still use
// every entry.
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data/plans';
import {
  deleteRecord,
  firstRecordsByDay,
  listRecords,
  newRecordRef,
  saveRecords,
} from '../../../src/data/records';
import {
  diaryList,
  entryFromRecord,
  findEntries,
  hasDetails,
  isDay,
} from '../../../src/features/after/diary/entries';
import type { StoredRecord } from '../../../src/data/types';

const keep = (r: StoredRecord) => {
  const e = entryFromRecord(r);
  return isDay(e.when) && hasDetails(e);
};

/** A diary with what makes ordering hard: shared days, removed, empty and day-less entries. */
async function awkwardDiary() {
  const plan = await ensureCurrentPlan();
  const fields: Record<string, unknown>[] = [];
  for (let i = 0; i < 60; i++) {
    // Several entries share each day; the days go back and forth, not in writing order.
    const day = new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 23))).toISOString().slice(0, 10);
    fields.push({ when: day, kind: 'call', who: i % 2 ? 'Jo' : 'Dr Khan', text: `Entry ${i}` });
  }
  fields.push({ when: '', text: 'No day written' });
  fields.push({ when: 'last Tuesday', text: 'A day in words' });
  fields.push({ text: 'No day at all' });
  fields.push({ when: '2026-02-01' }); // empty: "Write in my diary" and nothing more
  const writes = fields.map((f) => ({ ref: newRecordRef(plan.id, 'diary'), fields: f as never }));
  // A record of another kind with a day of its own is not in the diary.
  writes.push({ ref: newRecordRef(plan.id, 'action'), fields: { when: '2026-12-31' } as never });
  await saveRecords(writes);
  // The newest entry is removed: it must not be shown.
  const newest = diaryList(await listRecords(plan.id, 'diary'))[0]!;
  await deleteRecord({ planId: plan.id, type: 'diary', id: newest.id });
  return plan;
}

describe("the diary's first screen", () => {
  it('is the same entries, in the same order, as the start of the whole list', async () => {
    const plan = await awkwardDiary();
    const all = diaryList(await listRecords(plan.id, 'diary'));
    expect(all).toHaveLength(62);
    for (const n of [1, 5, 20, 59]) {
      const first = (await firstRecordsByDay(plan.id, 'diary', n, keep)).map(entryFromRecord);
      expect(first.map((e) => e.id)).toEqual(all.slice(0, n).map((e) => e.id));
    }
    // Entries with no day are only in the whole list, last: the first screen never has them.
    const most = await firstRecordsByDay(plan.id, 'diary', 100, keep);
    expect(most).toHaveLength(59);
    expect(all.slice(59).map((e) => e.text)).toEqual(
      expect.arrayContaining(['No day written', 'A day in words', 'No day at all']),
    );
  });

  it('reads only the entries it shows, not the whole diary', async () => {
    const plan = await awkwardDiary();
    const table = db().records;
    let reads = 0;
    const counted = (r: StoredRecord) => {
      reads++;
      return r;
    };
    table.hook('reading', counted);
    try {
      expect(await firstRecordsByDay(plan.id, 'diary', 20, keep)).toHaveLength(20);
    } finally {
      table.hook('reading').unsubscribe(counted);
    }
    // The twenty, the removed newest entry (skipped), and the one that says "stop here": not 65.
    expect(reads).toBeLessThanOrEqual(22);
  });

  it('the count and Find still cover every entry', async () => {
    const plan = await awkwardDiary();
    const all = diaryList(await listRecords(plan.id, 'diary'));
    expect(findEntries(all, { kind: null, person: 'khan', from: '', to: '' }).length).toBe(30);
    expect(
      findEntries(all, { kind: null, person: '', from: '2026-01-01', to: '2026-01-01' }),
    ).toHaveLength(3);
  });
});
