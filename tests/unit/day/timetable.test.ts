import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../src/data';
import { moveStep, nextOrder, normaliseTime, toSteps } from '../../../src/features/day/timetable';
import { localDay, reviewWhen } from '../../../src/features/day/reviewDate';

function record(id: string, data: StoredRecord['data'], createdAt = id): StoredRecord {
  return {
    planId: 'p',
    id,
    type: 'timetable',
    data,
    rev: {},
    deleted: false,
    createdAt,
    updatedAt: createdAt,
    updatedBy: 'c',
  };
}

describe('timetable', () => {
  const steps = toSteps([
    record('a', { text: 'Lunch', order: 30 }),
    record('b', { text: 'Arrive', order: 10, time: '09:30' }),
    record('c', { text: 'Talk', order: 20, done: true }),
  ]);

  it('puts steps in their order, with sensible defaults', () => {
    expect(steps.map((s) => s.text)).toEqual(['Arrive', 'Talk', 'Lunch']);
    expect(steps[1]).toMatchObject({ done: true, symbol: 'clock', time: '' });
    expect(nextOrder(steps)).toBe(40);
  });

  it('moves a step by swapping two order numbers', () => {
    expect(moveStep(steps, 'a', -1)).toEqual([
      { id: 'a', order: 20 },
      { id: 'c', order: 30 },
    ]);
    expect(moveStep(steps, 'b', -1)).toEqual([]);
    expect(moveStep(steps, 'a', 1)).toEqual([]);
  });

  it('numbers every step afresh when two share a number (made at once on two devices)', () => {
    const tied = toSteps([
      record('x', { text: 'X', order: 10 }),
      record('y', { text: 'Y', order: 10 }),
      record('z', { text: 'Z', order: 20 }),
    ]);
    const moves = moveStep(tied, 'y', -1);
    const after = new Map(tied.map((s) => [s.id, s.order]));
    for (const m of moves) after.set(m.id, m.order);
    expect([...after.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual([
      'y',
      'x',
      'z',
    ]);
  });

  it('reads times the way people type them', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('14.05')).toBe('14:05');
    expect(normaliseTime('  ')).toBe('');
    expect(normaliseTime('half past nine')).toBeNull();
    expect(normaliseTime('25:00')).toBeNull();
  });
});

describe('review date', () => {
  const now = new Date(2030, 4, 14, 8, 0);
  it('says the date in words, and whether it is today', () => {
    const when = reviewWhen(
      { date: '2030-05-14', time: '10:00', place: 'Ward 3', format: 'video' },
      now,
    );
    // Node and browsers differ on the comma after the day name.
    expect(when?.date).toMatch(/^Tuesday,? 14 May 2030$/);
    expect(when).toEqual({
      date: when?.date,
      time: '10:00',
      place: 'Ward 3',
      format: 'video',
      isToday: true,
    });
    expect(reviewWhen({ date: '2030-05-15' }, now)?.isToday).toBe(false);
  });
  it('has nothing to say without a proper date, and ignores bad times and formats', () => {
    expect(reviewWhen(undefined, now)).toBeNull();
    expect(reviewWhen({ date: '14/05/2030' }, now)).toBeNull();
    expect(reviewWhen({ date: '2030-05-14', time: '25:00', format: 'fax' }, now)).toMatchObject({
      time: null,
      format: null,
      place: null,
    });
  });
  it('uses the local calendar day', () => {
    expect(localDay(new Date(2030, 0, 2, 23, 59))).toBe('2030-01-02');
  });
});
