import { describe, expect, it } from 'vitest';
import { clockOf, nowAndNext } from '../../../src/features/day/nowStep';
import type { Step } from '../../../src/features/day/timetable';

const step = (id: string, time = ''): Step =>
  ({ id, text: id, time, symbol: 'talk', order: 0, done: false, record: null }) as unknown as Step;
const day = [
  step('arrive', '09:30'),
  step('wait'),
  step('talk'),
  step('lunch', '12:30'),
  step('end'),
];

describe('now and next on the timetable', () => {
  it('the step the person marked "We are here" is now, whatever the clock says', () => {
    expect(nowAndNext(day, 'talk', '12:45')).toEqual({ now: 'talk', next: 'lunch' });
    expect(nowAndNext(day, 'end', null)).toEqual({ now: 'end', next: null });
  });
  it('on the review day, the last step whose time has come is now', () => {
    expect(nowAndNext(day, null, '10:00')).toEqual({ now: 'arrive', next: 'wait' });
    expect(nowAndNext(day, null, '12:30')).toEqual({ now: 'lunch', next: 'end' });
  });
  it('before the first time, nothing is now and the first step is next', () => {
    expect(nowAndNext(day, null, '08:00')).toEqual({ now: null, next: 'arrive' });
  });
  it('on another day (no clock) and with no mark, nothing is now', () => {
    expect(nowAndNext(day, null, null)).toEqual({ now: null, next: null });
    expect(nowAndNext(day, 'gone', null)).toEqual({ now: null, next: null });
  });
  it('reads the clock as HH:MM', () => {
    expect(clockOf(new Date(2030, 0, 1, 9, 5))).toBe('09:05');
  });
});
