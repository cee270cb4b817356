// The person: one per plan. The name they like to be called, shown on home and their cards.
import { text } from './fields';
import { defineModel } from './model';

export const profileModel = defineModel({
  type: 'profile',
  area: 'myAnswers',
  fields: { name: text() },
});
