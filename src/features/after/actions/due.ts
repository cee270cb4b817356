// When an action is due. An action's "by when" is a calendar day (YYYY-MM-DD) with no time and no
// time zone: "by 28 March" means by the end of 28 March where the person is. So "today" is the
// calendar day on the person's own tablet or phone, in its own time zone (for nearly everyone using
// this, Europe/London), and days are counted between calendar dates in UTC arithmetic
// (shared/dates.ts), so the British clock change in late March and late October never moves a due
// date or makes a day 23 or 25 hours long. The zone can be given (tests, and a person abroad whose
// tablet keeps home time) and is otherwise the device's.
import { addDays, daysBetween, isIsoDate, localToday } from '../../../shared/dates';
import type { ActionStatus } from '../../../shared/models/action';

/** The calendar day it is at `now` in `timeZone` (an IANA name), or in the device's zone. */
export function calendarDay(now: Date, timeZone?: string): string {
  if (!timeZone) return localToday(now);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "This week" is today and the six days after it: what the person can still do something about. */
export const WEEK_DAYS = 7;

export type Due =
  | { kind: 'done' }
  | { kind: 'noDate' }
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'thisWeek'; days: number }
  | { kind: 'later'; days: number };

export function dueOf(byWhen: string, status: ActionStatus, today: string): Due {
  if (status === 'done') return { kind: 'done' };
  if (!isIsoDate(byWhen)) return { kind: 'noDate' };
  const days = daysBetween(today, byWhen);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today' };
  if (days < WEEK_DAYS) return { kind: 'thisWeek', days };
  return { kind: 'later', days };
}

/** Needs the person's eye on Home: not done, and due within the week or already late. */
export function isDueSoonOrLate(due: Due): boolean {
  return due.kind === 'overdue' || due.kind === 'today' || due.kind === 'thisWeek';
}

/** The last day that still counts as "this week" from today. */
export function endOfWeek(today: string): string {
  return addDays(today, WEEK_DAYS - 1);
}
