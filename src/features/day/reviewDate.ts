// The review's date and time (from the planner's review record) in words for the day hub.
import { REVIEW_FORMATS, reviewModel } from '../../shared/models/review';
import type { Fields } from '../../shared/records';

export interface ReviewWhen {
  /** The date in words, e.g. "Tuesday 14 May 2030". */
  date: string;
  time: string | null;
  place: string | null;
  format: (typeof REVIEW_FORMATS)[number] | null;
  isToday: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

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
  const review = reviewModel.decode(data);
  const raw = review.date;
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
  const time = TIME.test(review.time) ? review.time : null;
  const place = review.place.trim() || null;
  return { date, time, place, format: review.format, isToday: raw === localDay(now) };
}
