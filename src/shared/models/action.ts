// One action agreed at the review (reserved for the after-review tracker): what will happen, who
// does it, how we will know it happened, by when, and where it is now.
import { choice, longText, text } from './fields';
import { defineModel } from './model';

export const ACTION_STATUSES = ['notStarted', 'started', 'done', 'stuck'] as const;

export const actionModel = defineModel({
  type: 'action',
  area: 'actionsAndDiary',
  fields: {
    what: longText(),
    who: text(),
    howWeKnow: longText(),
    /** YYYY-MM-DD as typed. */
    byWhen: text(40),
    status: choice(ACTION_STATUSES),
  },
});
