// School or college (planner, for a young person's CETR), one per plan.
import { choice, longText, text } from './fields';
import { defineModel } from './model';

export const schoolModel = defineModel({
  type: 'school',
  area: 'myAnswers',
  fields: {
    name: text(),
    helpsLearn: longText(),
    hard: longText(),
    ehcp: choice(['yes', 'no', 'notSure']),
    ehcpWords: longText(),
    teachers: longText(),
  },
});
