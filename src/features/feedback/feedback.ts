// The feedback form (within a week after the review, with a supporter the person chooses):
// its questions as data, and the rules for sending it and for versions after it was sent.
// One record holds the whole form (fields prefixed by question), so a sent version is one copy.
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

/** The fields that make up what the person said (not when it was sent). */
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
  state: 'notStarted' | 'started' | 'sent' | 'changedSinceSent';
  answered: number;
  /** The number of the latest version sent (0: never sent). */
  sentVersion: number;
  sentAt: string | null;
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
    return { state: started ? 'started' : 'notStarted', answered, sentVersion: 0, sentAt: null };
  }
  const sent = feedbackVersionModel.decode(latest);
  return {
    state: same(content, contentFields(latest)) ? 'sent' : 'changedSinceSent',
    answered,
    sentVersion: sent.version ?? 0,
    sentAt: sent.sentAt,
  };
}

/**
 * Sending: a copy of the form as it is now becomes the next version. Nothing is overwritten, so
 * every version sent stays readable; changes made after sending become the next version.
 */
export function versionToSend(
  fields: Fields | null | undefined,
  versions: { data: Fields }[],
  now: string,
): Fields {
  const last = latestVersion(versions);
  const version = (feedbackVersionModel.decode(last).version ?? 0) + 1;
  return { ...contentFields(fields), version, sentAt: now };
}
