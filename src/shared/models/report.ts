// The review's report, one per plan: whether it has come (and when), so home can stop chasing it,
// and what the person thinks of it, in their own words. Its pages are attachment records.
import { choice, flag, longText, text } from './fields';
import { defineModel } from './model';

/** "Do I agree with the report?", as picture cards. */
export const AGREE_ANSWERS = ['yes', 'notSure', 'no'] as const;
export type AgreeAnswer = (typeof AGREE_ANSWERS)[number];

export const reportModel = defineModel({
  type: 'report',
  area: 'actionsAndDiary',
  fields: {
    received: flag(),
    receivedOn: text(40),
    saysAboutMe: longText(),
    agree: choice(AGREE_ANSWERS),
    agreeWords: longText(),
  },
});
