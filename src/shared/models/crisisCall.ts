// One person on the crisis plan's "who to call, in order" list. The id is made from the contact
// (crisisCall:<plan>:<contact>), so adding the same person on two tablets gives one entry; the
// order is a number, and moving someone up or down swaps two numbers (as the day's timetable).
import { number, recordId } from './fields';
import { defineModel } from './model';

export const crisisCallModel = defineModel({
  type: 'crisisCall',
  area: 'myAnswers',
  fields: {
    /** A contact record, or the care co-ordinator or commissioner written in My review. */
    contactId: recordId(),
    order: number(),
  },
});
