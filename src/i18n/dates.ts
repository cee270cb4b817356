// The one place dates and times become words. Every screen (Home, My review day, print, feedback,
// consent, Help) uses these, so a date reads the same everywhere.
import i18next from 'i18next';
import { findLanguage } from './languages';

/**
 * The locale for dates comes from the app's language, never the browser's: a tablet set to US
 * English must not turn "Thursday 10 December 2026" into "Thursday, December 10, 2026" on some
 * screens only (issue 9, item 13).
 */
export function dateLocale(): string {
  return findLanguage(i18next.language || 'en').dateLocale;
}

/**
 * "Wednesday 24 February 2027", from YYYY-MM-DD or an ISO time. `locale`: another language's
 * dates, for words that are not in the app's language (a letter to a professional, in English).
 */
export function formatDay(value: string | null | undefined, locale = dateLocale()): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dayFormat(locale).format(date);
}

// One formatter per language: making one is slow, and a diary printed as evidence formats
// thousands of days at once.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string): Intl.DateTimeFormat {
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    dayFormats.set(locale, f);
  }
  return f;
}

// One per language, as for days: the note "Saved at 10:42" is on most screens, and it made a new
// formatter each time it showed (the first of a page took ~60 ms at 4× CPU).
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "10:42", the time of day. */
export function formatTime(at: number | Date, locale = dateLocale()): string {
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    timeFormats.set(locale, f);
  }
  return f.format(at);
}

/** "20,000" in English, "20 000" in Polish: a number as the app's language writes it. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(dateLocale()).format(n);
}
