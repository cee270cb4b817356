// The feedback form after the review: one record per plan holding every question's answer under
// the question's id ("listened.words"), and who helped. A finished copy is a feedbackVersion.
import { flag, longText, text } from './fields';
import { prefixedAnswerFields } from './answer';
import { defineModel } from './model';

/** The questions of the form, in order (their pictures and words are in features/feedback). */
export const FEEDBACK_QUESTION_IDS = [
  'listened',
  'understood',
  'said',
  'people',
  'place',
  'breaks',
  'wentWell',
  'better',
  'other',
] as const;

export const feedbackFields = {
  helperNone: flag(),
  helperName: text(),
  helperRelation: text(),
  helpedWhen: longText(),
  ...Object.assign({}, ...FEEDBACK_QUESTION_IDS.map((q) => prefixedAnswerFields(`${q}.`))),
} as ReturnType<typeof prefixedAnswerFields> & {
  helperNone: ReturnType<typeof flag>;
  helperName: ReturnType<typeof text>;
  helperRelation: ReturnType<typeof text>;
  helpedWhen: ReturnType<typeof longText>;
};

export const feedbackModel = defineModel({
  type: 'feedback',
  area: 'feedback',
  fields: feedbackFields,
});
