// One answer to a question card ("What I want to say") or a feedback question: a tap on the
// picture scale, the person's own words, a voice recording, a photo, and who wrote the words.
// Pure functions; the fields and how they are read are the answer model (src/shared/models).
import { answerModel, type Answer } from '../../shared/models/answer';
import type { Fields } from '../../shared/records';

export { AUTHORS, SCALE, type Answer, type Author, type Scale } from '../../shared/models/answer';

export const EMPTY_ANSWER: Answer = answerModel.defaults;

export function answerPatch(patch: Partial<Answer>, prefix = ''): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(patch)) out[prefix + k] = v;
  return out;
}

/** Only the person's own words can be quoted: theirs, or written down by a supporter for them. */
export function canQuote(a: Answer): boolean {
  return (a.author === 'me' || a.author === 'supporterWrote') && a.words.trim() !== '';
}

/** On "About me" and in the report: the person asked for it, and it is their own words. */
export function isQuoted(a: Answer): boolean {
  return a.quoteMe && !a.declined && canQuote(a);
}

export type AnswerState = 'empty' | 'answered' | 'declined';

export function answerState(a: Answer): AnswerState {
  if (a.declined) return 'declined';
  return a.scale || a.words.trim() || a.voice || a.photo || a.drawing ? 'answered' : 'empty';
}
