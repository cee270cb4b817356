// The feedback form (within a week after the review, with a supporter the person chooses):
// its questions as data, and the rules for finishing it and for versions after it was finished.
// One record holds the whole form (fields prefixed by question), so a finished version is one copy.
// Finishing keeps a version; sending it to a professional is src/features/deliver. Versions kept by
// older versions of the app carry `sentAt` (they were never sent either); they read as finished.
import type { SymbolId } from '../../content/symbols';
import type { Fields } from '../../shared/records';
import { readAnswer } from '../../shared/models/answer';
import { feedbackVersionModel } from '../../shared/models/feedbackVersion';
import { answerState, type Answer } from '../planner/answers';

export interface FeedbackQuestion {
  id: string;
  symbol: SymbolId;
  /** Open questions ("what went well") have words and a recording but no picture scale. */
  scale: boolean;
}

export const FEEDBACK_QUESTIONS: FeedbackQuestion[] = [
  { id: 'listened', symbol: 'listen', scale: true },
  { id: 'understood', symbol: 'thinking', scale: true },
  { id: 'said', symbol: 'speech', scale: true },
  { id: 'people', symbol: 'people', scale: true },
  { id: 'place', symbol: 'place', scale: true },
  { id: 'breaks', symbol: 'pause', scale: true },
  { id: 'wentWell', symbol: 'star', scale: false },
  { id: 'better', symbol: 'idea', scale: false },
  { id: 'other', symbol: 'writing', scale: false },
];

export const prefixOf = (questionId: string) => `${questionId}.`;

export function feedbackAnswer(fields: Fields | null | undefined, questionId: string): Answer {
  return readAnswer(fields, prefixOf(questionId));
}

/** The fields that make up what the person said (not when it was finished). */
export function contentFields(fields: Fields | null | undefined): Fields {
  const out: Fields = {};
  if (!fields) return out;
  const prefixes = FEEDBACK_QUESTIONS.map((q) => prefixOf(q.id));
  for (const [k, v] of Object.entries(fields)) {
    if (k.startsWith('helper') || prefixes.some((p) => k.startsWith(p))) out[k] = v;
  }
  return out;
}

export interface FeedbackStatus {
  state: 'notStarted' | 'started' | 'finished' | 'changedSinceFinished';
  answered: number;
  /** The number of the latest finished version (0: never finished). */
  finishedVersion: number;
  finishedAt: string | null;
}

function same(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    // An emptied field is the same as one never filled.
    if (
      !Object.is(x, y) &&
      !((x === '' || x === false) && y === null) &&
      !((y === '' || y === false) && x === null)
    )
      return false;
  }
  return true;
}

/** When a version was finished: `finishedAt`, or `sentAt` for a version kept by an older app. */
export function finishedAt(version: Fields): string | null {
  const at = version.finishedAt ?? version.sentAt;
  return typeof at === 'string' ? at : null;
}

export function latestVersion(versions: { data: Fields }[]): Fields | null {
  let best: { data: Fields; version: number } | null = null;
  for (const v of versions) {
    const { version } = feedbackVersionModel.decode(v.data);
    if (version !== null && (!best || version > best.version)) best = { data: v.data, version };
  }
  return best?.data ?? null;
}

export function feedbackStatus(
  fields: Fields | null | undefined,
  versions: { data: Fields }[],
): FeedbackStatus {
  const answered = FEEDBACK_QUESTIONS.filter(
    (q) => answerState(feedbackAnswer(fields, q.id)) !== 'empty',
  ).length;
  const latest = latestVersion(versions);
  const content = contentFields(fields);
  const started = answered > 0 || Object.values(content).some((v) => v !== null && v !== '');
  if (!latest) {
    return {
      state: started ? 'started' : 'notStarted',
      answered,
      finishedVersion: 0,
      finishedAt: null,
    };
  }
  return {
    state: same(content, contentFields(latest)) ? 'finished' : 'changedSinceFinished',
    answered,
    finishedVersion: feedbackVersionModel.decode(latest).version ?? 0,
    finishedAt: finishedAt(latest),
  };
}

export type FinishRule =
  /** It can be finished now. */
  | 'ok'
  /** Nothing is answered yet. */
  | 'nothingYet'
  /** Feedback is about the review, so it is finished after it: no date yet. */
  | 'noDate'
  /** The review has not happened yet. */
  | 'beforeReview';

/** Whether the feedback can be finished today, and if not, why (the screen says so). */
export function finishRule(
  status: FeedbackStatus,
  reviewDate: string | null,
  today: string,
): FinishRule {
  if (status.state === 'notStarted') return 'nothingYet';
  if (!reviewDate) return 'noDate';
  if (today < reviewDate) return 'beforeReview';
  return 'ok';
}

export type DueState = 'beforeReview' | 'due' | 'passed' | 'finished';

/** What to say about the date feedback is due: a week after the review (domain.md §1.7). */
export function dueState(
  status: FeedbackStatus,
  reviewDate: string,
  due: string,
  today: string,
): DueState {
  if (status.state === 'finished') return 'finished';
  if (today < reviewDate) return 'beforeReview';
  return today > due ? 'passed' : 'due';
}

/**
 * Finishing: a copy of the form as it is now becomes the next version. Nothing is overwritten, so
 * every finished version stays readable; changes made after it become the next version.
 */
export function versionToFinish(
  fields: Fields | null | undefined,
  versions: { data: Fields }[],
  now: string,
): Fields {
  const last = latestVersion(versions);
  const version = (feedbackVersionModel.decode(last).version ?? 0) + 1;
  return { ...contentFields(fields), version, finishedAt: now };
}
