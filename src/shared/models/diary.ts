// One diary entry after the review (reserved for the after-review tracker).
import { longText, text } from './fields';
import { defineModel } from './model';

export const diaryModel = defineModel({
  type: 'diary',
  area: 'actionsAndDiary',
  fields: {
    /** The day it is about, YYYY-MM-DD as typed. */
    when: text(40),
    text: longText(),
  },
});
