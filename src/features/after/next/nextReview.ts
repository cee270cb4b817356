// The next review: when it is due, and when "What happens next" on Home moves on to it. How often
// a review comes again is data (src/content/nextReview.json), never a number in the code: the
// person or a supporter sets the date, and the app only suggests one where a rule says so.
import { addDays, daysBetween, isIsoDate } from '../../../shared/dates';
import { actionModel } from '../../../shared/models/action';
import type { Fields } from '../../../shared/records';

export interface NextReviewRule {
  kind?: string;
  setting?: string;
  everyMonths: number;
}

export function readRules(json: unknown): NextReviewRule[] {
  const rules = (json as { rules?: unknown })?.rules;
  if (!Array.isArray(rules)) throw new Error('nextReview.json has no rules');
  return rules.map((r: Record<string, unknown>) => {
    if (!Number.isInteger(r.everyMonths) || (r.everyMonths as number) < 1)
      throw new Error(`Bad next review rule ${JSON.stringify(r)}`);
    return {
      everyMonths: r.everyMonths as number,
      ...(typeof r.kind === 'string' ? { kind: r.kind } : {}),
      ...(typeof r.setting === 'string' ? { setting: r.setting } : {}),
    };
  });
}

/** The same day n months later; the last day of the month when there is no such day (31 → 30). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const day = Math.min(d, lastDay.getUTCDate());
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day))
    .toISOString()
    .slice(0, 10);
}

export interface ReviewFacts {
  date: string;
  kind: string | null;
  setting: string | null;
}

/** The rule that fits this review, if any. */
export function ruleFor(review: ReviewFacts, rules: readonly NextReviewRule[]) {
  return rules.find(
    (r) =>
      (r.kind === undefined || r.kind === review.kind) &&
      (r.setting === undefined || r.setting === review.setting),
  );
}

/** The date a rule suggests for the next review, or null (no date yet, or no rule fits). */
export function suggestedNext(
  review: ReviewFacts,
  rules: readonly NextReviewRule[],
): string | null {
  if (!isIsoDate(review.date)) return null;
  const rule = ruleFor(review, rules);
  return rule ? addMonths(review.date, rule.everyMonths) : null;
}

/** Days before the next review when its first step (consent and invitations) comes. */
export const NEXT_STEPS_FROM = 14;
/** Days after a review when its report is due (domain.md §1.7). */
export const REPORT_DUE = 14;

export interface ShownReview {
  date: string;
  /** true: the review shown is the next one, set after this one. */
  isNext: boolean;
}

/**
 * Which review "What happens next" is about. It moves on to the next review once this one is
 * over: its report has come and the day it was due has passed, or the next review's own first
 * step (two weeks before) has come, whichever is first. Until then the chase prompt for a late
 * report stays. A next date on or before this review's date is not a next review (old, or typed
 * by mistake), so it is left out.
 */
export function shownReview(
  review: { date: unknown; nextDate: unknown },
  reportReceived: boolean,
  today: string,
): ShownReview | null {
  const { date, nextDate } = review;
  if (!isIsoDate(date)) return isIsoDate(nextDate) ? { date: nextDate, isNext: true } : null;
  if (!isIsoDate(nextDate) || daysBetween(date, nextDate) <= 0) return { date, isNext: false };
  const reportDone = reportReceived && daysBetween(addDays(date, REPORT_DUE), today) > 0;
  const nextComing = daysBetween(today, nextDate) <= NEXT_STEPS_FROM;
  return reportDone || nextComing ? { date: nextDate, isNext: true } : { date, isNext: false };
}

/** The actions not done yet: they carry on to the next review. */
export function openActions(actions: readonly { data: Fields }[]): number {
  return actions.filter((a) => actionModel.decode(a.data).status !== 'done').length;
}
