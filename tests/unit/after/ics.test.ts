// The calendar file, checked against RFC 5545 by a strict reader written here from the RFC (not
// from the writer): it unfolds, checks each physical line's length in octets, the CRLFs, the
// structure, the value types, and reads the escaped text back to what went in.
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  escapeText,
  foldLine,
  utcStamp,
  type CalendarEvent,
} from '../../../src/features/after/next/ics';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Reads an iCalendar stream the way RFC 5545 says, failing loudly on anything it does not allow. */
function parseStrict(text: string): { props: Property[]; events: Property[][] } {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  // No bare CR or LF anywhere (§3.1: lines are delimited by CRLF).
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  // Unfold: a CRLF followed by one space or tab is removed (§3.1).
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      expect(logical.length, 'a continuation has a line to continue').toBeGreaterThan(0);
      logical[logical.length - 1] += line.slice(1);
    } else logical.push(line);
  }
  const props = logical.map((line) => {
    const m = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    expect(m, `a content line: ${line}`).not.toBeNull();
    const params = Object.fromEntries(
      m![2]!
        .split(';')
        .filter(Boolean)
        .map((p) => p.split('=') as [string, string]),
    );
    return { name: m![1]!, params, value: m![3]! };
  });
  expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
  const events: Property[][] = [];
  let open: Property[] | null = null;
  for (const p of props.slice(1, -1)) {
    if (p.name === 'BEGIN') {
      expect(p.value).toBe('VEVENT');
      expect(open, 'no nested components').toBeNull();
      open = [];
    } else if (p.name === 'END') {
      expect(p.value).toBe('VEVENT');
      events.push(open!);
      open = null;
    } else open?.push(p);
  }
  expect(open, 'every event is closed').toBeNull();
  return { props, events };
}

/** TEXT unescaping (§3.3.11); an unknown escape is an error. */
function unescape(value: string): string {
  // An unescaped comma or semicolon would split a TEXT value: there must be none.
  expect(value.replace(/\\./g, '')).not.toMatch(/[,;]/);
  return value.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'N') return '\n';
    if (c === '\\' || c === ';' || c === ',') return c;
    throw new Error(`bad escape \\${c}`);
  });
}

const get = (event: Property[], name: string) => event.filter((p) => p.name === name);

const NOW = new Date('2026-11-30T12:34:56.789Z');

describe('the calendar file (RFC 5545)', () => {
  const events: CalendarEvent[] = [
    { uid: 'day-2027-03-01-p1@my-review', date: '2027-03-01', summary: 'My review' },
    {
      uid: 'action-0193abcd@my-review',
      date: '2027-03-31',
      summary: 'Action: Find a flat near Mum; with a garden, and a bus stop\\nearby',
      description: 'Who will do it: Jo Bloggs\nSocial worker, Leeds',
    },
    {
      uid: 'action-long@my-review',
      date: '2027-12-31',
      // Long, with characters of 2, 3 and 4 octets, so folds land next to and inside them.
      summary: `Action: ${'Zoë’s café plan 🏡 — '.repeat(12)}`,
    },
  ];
  const file = buildCalendar(events, { now: NOW, name: 'My review, dates' });
  const { props, events: parsed } = parseStrict(file);

  it('is a calendar of version 2.0 with a product id', () => {
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(props.find((p) => p.name === 'PRODID')?.value).toMatch(/^-\/\/My Review\/\//);
    expect(unescape(props.find((p) => p.name === 'X-WR-CALNAME')!.value)).toBe('My review, dates');
  });

  it('has one event per date, each with its own UID and a UTC DTSTAMP', () => {
    expect(parsed).toHaveLength(3);
    const uids = parsed.map((e) => get(e, 'UID')[0]!.value);
    expect(new Set(uids).size).toBe(3);
    for (const e of parsed) {
      expect(get(e, 'UID')).toHaveLength(1);
      expect(get(e, 'DTSTAMP')).toEqual([
        { name: 'DTSTAMP', params: {}, value: '20261130T123456Z' },
      ]);
    }
  });

  it('makes each event a whole day: DATE values, the end the day after', () => {
    const [first, , last] = parsed;
    expect(get(first!, 'DTSTART')[0]).toEqual({
      name: 'DTSTART',
      params: { VALUE: 'DATE' },
      value: '20270301',
    });
    expect(get(first!, 'DTEND')[0]!.value).toBe('20270302');
    // The year turns over.
    expect(get(last!, 'DTSTART')[0]!.value).toBe('20271231');
    expect(get(last!, 'DTEND')[0]!.value).toBe('20280101');
    for (const e of parsed) expect(get(e, 'DTSTART')[0]!.value).toMatch(/^\d{8}$/);
  });

  it('escapes commas, semicolons, backslashes and new lines, and reads them back', () => {
    const action = parsed[1]!;
    expect(unescape(get(action, 'SUMMARY')[0]!.value)).toBe(events[1]!.summary);
    expect(unescape(get(action, 'DESCRIPTION')[0]!.value)).toBe(events[1]!.description);
  });

  it('folds long lines at 75 octets without breaking a character', () => {
    const raw = file.split('\r\n');
    expect(raw.some((l) => l.startsWith(' '))).toBe(true);
    // Every physical line is valid UTF-8 on its own: no character was cut in two.
    for (const line of raw)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(
        line,
      );
    expect(unescape(get(parsed[2]!, 'SUMMARY')[0]!.value)).toBe(events[2]!.summary);
  });

  it('folds at exactly 75 octets, the continuation space counting in its line', () => {
    const line = 'X'.repeat(200);
    const folded = foldLine(line).split('\r\n'); // 75 + (1 + 74) + (1 + 51) = 200 + 2 spaces
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('leaves out control characters, which a value may not hold', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
    expect(escapeText('one\r\ntwo\rthree')).toBe('one\\ntwo\\nthree');
  });

  it('writes DTSTAMP in UTC whatever the time zone', () => {
    expect(utcStamp(new Date('2027-03-28T00:30:00+01:00'))).toBe('20270327T233000Z');
  });
});
