// One answer to a question card ("What I want to say"): a tap on the picture scale, the person's
// own words, a recording, a photo, a drawing, and who wrote the words. Its id is made from the
// card (answer:<plan>:<theme>). The feedback form keeps the same fields once per question.
import type { Fields } from '../records';
import { choice, flag, longText, media } from './fields';
import { defineModel, type Values } from './model';

export const SCALE = ['good', 'notSure', 'notGood'] as const;
export type Scale = (typeof SCALE)[number];

/**
 * Who wrote the words. The person's own voice must never be confused with someone else's
 * (domain.md §1.6: the report quotes the person directly).
 */
export const AUTHORS = ['me', 'supporterWrote', 'supporterView'] as const;
export type Author = (typeof AUTHORS)[number];

export const answerFields = {
  scale: choice(SCALE),
  words: longText(),
  /** sha256 of a voice recording. */
  voice: media(),
  photo: media(),
  /** sha256 of a drawing (PNG) made on the device. */
  drawing: media(),
  author: choice(AUTHORS),
  quoteMe: flag(),
  /** "I don't want to answer" is an answer. */
  declined: flag(),
};

export type Answer = Values<typeof answerFields>;

export const answerModel = defineModel({ type: 'answer', area: 'myAnswers', fields: answerFields });

/** An answer kept under a prefix ("listened.words") in a record that holds several. */
export function readAnswer(data: Fields | null | undefined, prefix = ''): Answer {
  if (!prefix) return answerModel.decode(data);
  const out = {} as Record<string, unknown>;
  for (const [name, field] of Object.entries(answerFields))
    out[name] = field.read(data ? data[prefix + name] : undefined);
  return out as Answer;
}

/** The fields of an answer kept under a prefix, for a model that holds several. */
export function prefixedAnswerFields(
  prefix: string,
): Record<string, (typeof answerFields)[keyof typeof answerFields]> {
  return Object.fromEntries(Object.entries(answerFields).map(([n, f]) => [prefix + n, f]));
}
