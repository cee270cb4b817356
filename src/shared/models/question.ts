// A question the person wants to ask the panel: one record each, in a list.
import { longText } from './fields';
import { defineModel } from './model';

export const questionModel = defineModel({
  type: 'question',
  area: 'myAnswers',
  fields: { text: longText() },
});
