// The review's date and time (from the planner's review record) in words for the day hub.
import type { Fields } from '../../shared/records';

export interface ReviewWhen {
  /** The date in words, e.g. "Tuesday 14 May 2030". */
  date: string;
  time: string | null;
  place: string | null;
  format: 'inPerson' | 'video' | 'phone' | null;
  isToday: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const FORMATS = ['inPerson', 'video', 'phone'] as const;

/** YYYY-MM-DD of a day on this device's calendar (not UTC: the review is on a local day). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function reviewWhen(
  data: Fields | undefined,
  language: string,
  now: Date = new Date(),
): ReviewWhen | null {
  const raw = typeof data?.date === 'string' ? data.date : '';
  const m = DATE.exec(raw);
  if (!m) return null;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(day.getTime())) return null;
  const date = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(day);
  const time = typeof data?.time === 'string' && TIME.test(data.time) ? data.time : null;
  const place = typeof data?.place === 'string' && data.place.trim() ? data.place.trim() : null;
  const format = FORMATS.find((f) => f === data?.format) ?? null;
  return { date, time, place, format, isToday: raw === localDay(now) };
}
