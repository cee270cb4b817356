// When an action is due, over time zones and the British clock change. "By when" is a calendar
// day; today is the calendar day where the tablet is. Clocks in the UK went forward on Sunday
// 28 March 2027 at 01:00 GMT and go back on Sunday 31 October 2027 at 01:00 GMT.
import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarDay,
  dueOf,
  endOfWeek,
  isDueSoonOrLate,
} from '../../../src/features/after/actions/due';

const at = (iso: string) => new Date(iso);

describe('today, as a calendar day', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is the London day either side of the spring clock change', () => {
    expect(calendarDay(at('2027-03-27T23:30:00Z'), 'Europe/London')).toBe('2027-03-27');
    expect(calendarDay(at('2027-03-28T00:30:00Z'), 'Europe/London')).toBe('2027-03-28');
    // 23:30 UTC on the 28th is already 00:30 on the 29th in British Summer Time.
    expect(calendarDay(at('2027-03-28T23:30:00Z'), 'Europe/London')).toBe('2027-03-29');
    expect(calendarDay(at('2027-03-28T22:59:00Z'), 'Europe/London')).toBe('2027-03-28');
  });

  it('is the London day either side of the autumn clock change', () => {
    expect(calendarDay(at('2027-10-30T23:30:00Z'), 'Europe/London')).toBe('2027-10-31');
    expect(calendarDay(at('2027-10-31T00:30:00Z'), 'Europe/London')).toBe('2027-10-31');
    // After the clocks go back, 23:30 UTC is 23:30 in London: still the 31st.
    expect(calendarDay(at('2027-10-31T23:30:00Z'), 'Europe/London')).toBe('2027-10-31');
    expect(calendarDay(at('2027-11-01T00:00:00Z'), 'Europe/London')).toBe('2027-11-01');
  });

  it('is the day where the tablet is, in other zones too', () => {
    const instant = at('2027-03-28T11:00:00Z');
    expect(calendarDay(instant, 'Pacific/Auckland')).toBe('2027-03-29');
    expect(calendarDay(instant, 'America/New_York')).toBe('2027-03-28');
    expect(calendarDay(at('2027-03-28T03:00:00Z'), 'America/Los_Angeles')).toBe('2027-03-27');
  });

  it("uses the device's own zone when none is given", () => {
    process.env.TZ = 'Europe/London';
    expect(calendarDay(at('2027-03-28T23:30:00Z'))).toBe('2027-03-29');
    expect(calendarDay(at('2027-10-31T23:30:00Z'))).toBe('2027-10-31');
    process.env.TZ = 'Pacific/Auckland';
    expect(calendarDay(at('2027-03-28T11:00:00Z'))).toBe('2027-03-29');
    process.env.TZ = 'America/New_York';
    expect(calendarDay(at('2027-03-29T03:00:00Z'))).toBe('2027-03-28');
  });
});

describe('due and overdue', () => {
  it('is due today on the day, overdue from the next day, and never for a done action', () => {
    expect(dueOf('2027-03-28', 'notStarted', '2027-03-28')).toEqual({ kind: 'today' });
    expect(dueOf('2027-03-28', 'started', '2027-03-29')).toEqual({ kind: 'overdue', days: 1 });
    expect(dueOf('2027-03-28', 'stuck', '2027-04-04')).toEqual({ kind: 'overdue', days: 7 });
    expect(dueOf('2027-03-01', 'done', '2027-04-04')).toEqual({ kind: 'done' });
    expect(dueOf('', 'notStarted', '2027-04-04')).toEqual({ kind: 'noDate' });
  });

  it('counts this week as today and the six days after, across the spring clock change', () => {
    const today = '2027-03-27'; // Saturday; the clocks go forward that night
    expect(endOfWeek(today)).toBe('2027-04-02');
    expect(dueOf('2027-03-28', 'notStarted', today)).toEqual({ kind: 'thisWeek', days: 1 });
    expect(dueOf('2027-04-02', 'notStarted', today)).toEqual({ kind: 'thisWeek', days: 6 });
    expect(dueOf('2027-04-03', 'notStarted', today)).toEqual({ kind: 'later', days: 7 });
  });

  it('counts whole days across the autumn clock change (a 25-hour day)', () => {
    const today = '2027-10-30';
    expect(dueOf('2027-10-31', 'notStarted', today)).toEqual({ kind: 'thisWeek', days: 1 });
    expect(dueOf('2027-11-05', 'notStarted', today)).toEqual({ kind: 'thisWeek', days: 6 });
    expect(dueOf('2027-11-06', 'notStarted', today)).toEqual({ kind: 'later', days: 7 });
    expect(dueOf('2027-10-24', 'notStarted', '2027-11-01')).toEqual({ kind: 'overdue', days: 8 });
  });

  it('turns overdue at midnight London time on the night the clocks go forward', () => {
    const byWhen = '2027-03-28';
    const before = calendarDay(at('2027-03-28T22:59:00Z'), 'Europe/London');
    const after = calendarDay(at('2027-03-28T23:01:00Z'), 'Europe/London');
    expect(dueOf(byWhen, 'notStarted', before).kind).toBe('today');
    expect(dueOf(byWhen, 'notStarted', after).kind).toBe('overdue');
    // In UTC it would still be the 28th: the rule follows the person's day, not the server's.
    expect(dueOf(byWhen, 'notStarted', '2027-03-28').kind).toBe('today');
  });

  it('turns overdue at midnight London time on the night the clocks go back', () => {
    const byWhen = '2027-10-31';
    expect(
      dueOf(byWhen, 'started', calendarDay(at('2027-10-31T23:59:00Z'), 'Europe/London')).kind,
    ).toBe('today');
    expect(
      dueOf(byWhen, 'started', calendarDay(at('2027-11-01T00:00:00Z'), 'Europe/London')).kind,
    ).toBe('overdue');
  });

  it('shows on Home only what is due this week or late, and not done', () => {
    const today = '2027-03-27';
    const home = (byWhen: string, status: 'notStarted' | 'done' = 'notStarted') =>
      isDueSoonOrLate(dueOf(byWhen, status, today));
    expect(home('2027-03-20')).toBe(true);
    expect(home('2027-03-27')).toBe(true);
    expect(home('2027-04-02')).toBe(true);
    expect(home('2027-04-03')).toBe(false);
    expect(home('2027-03-20', 'done')).toBe(false);
    expect(home('')).toBe(false);
  });
});
