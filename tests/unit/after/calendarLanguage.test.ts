// The calendar file speaks the person's language (issue 13, item 1): its events' names come from
// locales/<language>/afterNext.json through the same t() as the screen, so with Polish chosen the
// file says Polish, and what the person typed (an action's words, a name) stays as typed.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../../src/data';
import { calendarEvents } from '../../../src/features/after/next/calendarEvents';
import { buildCalendar } from '../../../src/features/after/next/ics';
import english from '../../../locales/en/afterNext.json';

// Invented Polish for the test; the real translation is in locales/pl once it arrives.
const polish = {
  calendar: {
    name: 'Mój przegląd',
    day: 'Mój przegląd',
    feedback: 'Termin na moją opinię',
    report: 'Powinien przyjść raport z przeglądu',
    next: 'Mój następny przegląd',
    action: 'Zadanie: {{what}}',
    anAction: 'zadanie z mojego przeglądu',
    who: 'Kto to zrobi: {{who}}',
  },
};

async function tIn(lng: string) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { afterNext: english }, pl: { afterNext: polish } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** The calendar's lines, unfolded (RFC 5545 §3.1), as a calendar program reads them. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

const action = {
  planId: 'p1',
  id: 'a1',
  type: 'action',
  data: { what: 'Find a flat', who: 'Jo', byWhen: '2027-03-01', status: 'started' },
  rev: {},
  deleted: false,
} as unknown as StoredRecord;

describe('the calendar file in the person’s language', () => {
  it('names every event in Polish when the app is in Polish, keeping what the person typed', async () => {
    const t = await tIn('pl');
    const events = calendarEvents({
      planId: 'p1',
      shown: { date: '2027-01-15', isNext: false },
      nextDate: '2027-04-15',
      actions: [action],
      t,
    });
    const lines = unfolded(
      buildCalendar(events, { now: new Date(0), name: t('afterNext:calendar.name') }),
    );
    expect(lines.filter((l) => l.startsWith('SUMMARY:'))).toEqual([
      'SUMMARY:Mój przegląd',
      'SUMMARY:Termin na moją opinię',
      'SUMMARY:Powinien przyjść raport z przeglądu',
      'SUMMARY:Zadanie: Find a flat',
      'SUMMARY:Mój następny przegląd',
    ]);
    expect(lines).toContain('DESCRIPTION:Kto to zrobi: Jo');
    expect(lines).toContain('X-WR-CALNAME:Mój przegląd');
  });

  it('is in English when the app is in English', async () => {
    const t = await tIn('en');
    const events = calendarEvents({
      planId: 'p1',
      shown: { date: '2027-01-15', isNext: false },
      nextDate: '',
      actions: [],
      t,
    });
    expect(events.map((e) => e.summary)).toEqual([
      'My review',
      'My feedback is due',
      'My review report should come',
    ]);
  });
});
