// The review's report, one per plan: whether it has come (and when), so home can stop chasing it.
import { flag, text } from './fields';
import { defineModel } from './model';

export const reportModel = defineModel({
  type: 'report',
  area: 'actionsAndDiary',
  fields: { received: flag(), receivedOn: text(40) },
});
