import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { StoredRecord } from '../../../src/data';
import { callList, moveCall, notOnList } from '../../../src/features/after/crisis/calls';
import { calendarEvents } from '../../../src/features/after/next/calendarEvents';
import { careTeam } from '../../../src/features/after/team/contacts';

const t = ((key: string, o?: Record<string, unknown>) =>
  o ? `${key} ${JSON.stringify(o)}` : key) as unknown as TFunction;
const rec = (id: string, type: StoredRecord['type'], data: StoredRecord['data']) =>
  ({ planId: 'p1', id, type, data, rev: {}, deleted: false }) as unknown as StoredRecord;

describe('what goes in the calendar', () => {
  const actions = [
    rec('a1', 'action', {
      what: 'Find a flat',
      who: 'Jo',
      byWhen: '2027-03-01',
      status: 'started',
    }),
    rec('a2', 'action', { what: 'Done already', who: 'Jo', byWhen: '2027-02-01', status: 'done' }),
    rec('a3', 'action', { what: 'No date', who: 'Jo', byWhen: 'soon', status: null }),
  ];

  it('has the review day, feedback and report due (from the timeline steps), the next review and open actions', () => {
    const events = calendarEvents({
      planId: 'p1',
      shown: { date: '2027-01-15', isNext: false },
      nextDate: '2027-04-15',
      actions,
      t,
    });
    expect(events.map((e) => [e.date, e.summary.split(' ')[0]])).toEqual([
      ['2027-01-15', 'afterNext:calendar.day'],
      ['2027-01-22', 'afterNext:calendar.feedback'],
      ['2027-01-29', 'afterNext:calendar.report'],
      ['2027-03-01', 'afterNext:calendar.action'],
      ['2027-04-15', 'afterNext:calendar.next'],
    ]);
    expect(events[3]).toMatchObject({ uid: 'action-a1@my-review' });
    expect(events[3]!.description).toContain('Jo');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('once Home has moved on, the next review is the review in the file', () => {
    const events = calendarEvents({
      planId: 'p1',
      shown: { date: '2027-04-15', isNext: true },
      nextDate: '2027-04-15',
      actions: [],
      t,
    });
    expect(events.map((e) => e.date)).toEqual(['2027-04-15', '2027-04-22', '2027-04-29']);
  });
});

describe('who to call, in order', () => {
  const team = careTeam(
    [
      rec('c1', 'contact', { name: 'Ana', role: 'namedNurse' }),
      rec('c2', 'contact', { name: 'Ben', role: 'family' }),
      rec('c3', 'contact', { name: 'Cas', role: 'advocate' }),
    ],
    null,
  );

  it('lists by order, leaving out people no longer in the care team and repeats', () => {
    const calls = callList(
      [
        rec('k1', 'crisisCall', { contactId: 'c2', order: 20 }),
        rec('k2', 'crisisCall', { contactId: 'c1', order: 10 }),
        rec('k3', 'crisisCall', { contactId: 'gone', order: 5 }),
        rec('k4', 'crisisCall', { contactId: 'c1', order: 30 }),
      ],
      team,
    );
    expect(calls.map((c) => c.contact.name)).toEqual(['Ana', 'Ben']);
    expect(notOnList(team, calls).map((c) => c.name)).toEqual(['Cas']);
  });

  it('moves one up or down by swapping two numbers, or renumbers when two share one', () => {
    const calls = callList(
      [
        rec('k1', 'crisisCall', { contactId: 'c1', order: 10 }),
        rec('k2', 'crisisCall', { contactId: 'c2', order: 20 }),
      ],
      team,
    );
    expect(moveCall(calls, 'k2', -1)).toEqual([
      { id: 'k2', order: 10 },
      { id: 'k1', order: 20 },
    ]);
    expect(moveCall(calls, 'k1', -1)).toEqual([]);
    const tied = callList(
      [
        rec('k1', 'crisisCall', { contactId: 'c1', order: 10 }),
        rec('k2', 'crisisCall', { contactId: 'c2', order: 10 }),
      ],
      team,
    );
    // k2 goes first and keeps 10; only k1 needs a new number.
    expect(moveCall(tied, 'k2', -1)).toEqual([{ id: 'k1', order: 20 }]);
  });
});
