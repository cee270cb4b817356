// One time the person asked for their report when it had not come (domain.md §1.7: chase it after
// two weeks). One record per time they asked, so they can show when, who and how.
import { choice, longText, text } from './fields';
import { defineModel } from './model';

export const CHASE_WAYS = ['phone', 'email', 'letter', 'inPerson'] as const;
export type ChaseWay = (typeof CHASE_WAYS)[number];

export const chaseModel = defineModel({
  type: 'chase',
  area: 'actionsAndDiary',
  fields: {
    /** The day they asked (YYYY-MM-DD), as the person says: a label, never used to order sync. */
    on: text(40),
    who: text(),
    how: choice(CHASE_WAYS),
    note: longText(),
  },
});
