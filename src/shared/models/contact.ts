// Someone the person can contact about their review (reserved: no screen writes it yet).
import { longText, text } from './fields';
import { defineModel } from './model';

export const contactModel = defineModel({
  type: 'contact',
  area: 'whoIsComing',
  fields: { name: text(), role: text(), phone: text(), email: text(), notes: longText() },
});
