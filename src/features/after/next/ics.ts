// A calendar file (iCalendar, RFC 5545) made on the tablet, so "Add to my calendar" works with no
// connection. Written here rather than with the `ics` package: that package brings the yup
// validation library (and nanoid and runes2) for what is about sixty lines, and it would still
// need checking for what we rely on. What we rely on, each checked by tests/unit/after/ics.test.ts:
// lines end in CRLF (§3.1); a line longer than 75 octets is folded, a CRLF and one space, never
// inside a UTF-8 character (§3.1); text escapes backslash, semicolon, comma and new lines
// (§3.3.11); DTSTAMP is in UTC (§3.8.7.2); each event is a whole day, DTSTART and DTEND as DATE
// values with DTEND the day after (§3.6.1); each event has its own UID, made from what it is
// about, so adding the file again updates the same events instead of copying them (§3.8.4.7).

export interface CalendarEvent {
  /** Unique and stable for what the event is about (the review date, an action's record id). */
  uid: string;
  /** YYYY-MM-DD: an all-day event. */
  date: string;
  summary: string;
  description?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed at all. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((c) => !isControl(c))
    .join('');
}

/** Controls other than tab may not appear in a value (RFC 5545 §3.1, CONTROL). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/** Folds one content line into lines of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' '; // the continuation's leading space counts towards its 75
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 20261130T121500Z: a time in UTC. */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function dateValue(iso: string): string {
  return iso.replace(/-/g, '');
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The whole calendar file, lines ending in CRLF. */
export function buildCalendar(
  events: readonly CalendarEvent[],
  { now, name }: { now: Date; name: string },
): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//My Review//Add to my calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(e.date)}`,
      `DTEND;VALUE=DATE:${dateValue(dayAfter(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
