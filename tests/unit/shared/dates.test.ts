import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isTimeOfDay,
  localToday,
} from '../../../src/shared/dates';

describe('calendar dates', () => {
  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2027-03-10')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-3-10')).toBe(false);
    expect(isIsoDate('10/03/2027')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('adds days across months, years and the change to summer time', () => {
    expect(addDays('2027-03-10', -14)).toBe('2027-02-24');
    expect(addDays('2027-12-25', 7)).toBe('2028-01-01');
    // The clocks go forward in the UK on 28 March 2027: still exactly one day.
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween('2027-03-10', '2027-03-24')).toBe(14);
    expect(daysBetween('2027-03-24', '2027-03-10')).toBe(-14);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it("takes today from the tablet's own calendar", () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });

  it('accepts a 24-hour time of day', () => {
    expect(isTimeOfDay('09:30')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:30')).toBe(false);
  });
});
