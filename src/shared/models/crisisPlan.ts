// The person's crisis plan, once per plan: what a crisis looks like for them, what helps and what
// does not. Who to call, in order, is a list of crisisCall records (one per person to call).
import { longText } from './fields';
import { defineModel } from './model';

export const crisisPlanModel = defineModel({
  type: 'crisisPlan',
  area: 'myAnswers',
  fields: {
    looksLike: longText(),
    helps: longText(),
    notHelps: longText(),
  },
});
