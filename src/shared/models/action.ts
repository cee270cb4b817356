// One action agreed at the review, as SMART asks (domain.md §1.10): what will happen, a named person
// who does it, how we will know it happened, by when, and where it is now. The app refuses to save
// one without a named person and a date (src/features/after/actions/smart.ts says why, in words).
import { choice, longText, recordId, text } from './fields';
import { defineModel } from './model';

/** Not started, happening ("started"), done, stuck. */
export const ACTION_STATUSES = ['notStarted', 'started', 'done', 'stuck'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionModel = defineModel({
  type: 'action',
  area: 'actionsAndDiary',
  fields: {
    what: longText(),
    /**
     * The named person, as a name. Kept even when chosen from the care team, so the action still
     * says who if that contact is removed, and a member without the contacts area can read it.
     */
    who: text(),
    /** The care team contact chosen as "who will do it" (null: a name typed in). */
    whoContact: recordId(),
    howWeKnow: longText(),
    /** A calendar day, YYYY-MM-DD, with no time and no time zone. */
    byWhen: text(40),
    status: choice(ACTION_STATUSES),
  },
});
