// The review's date and time (from the planner's review record) in words for the day hub.
import { formatDay } from '../../i18n/dates';
import { isIsoDate } from '../../shared/dates';
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

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** YYYY-MM-DD of a day on this device's calendar (not UTC: the review is on a local day). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function reviewWhen(data: Fields | undefined, now: Date = new Date()): ReviewWhen | null {
  const review = reviewModel.decode(data);
  const raw = review.date;
  if (!isIsoDate(raw)) return null;
  const date = formatDay(raw);
  const time = TIME.test(review.time) ? review.time : null;
  const place = review.place.trim() || null;
  return { date, time, place, format: review.format, isToday: raw === localDay(now) };
}
