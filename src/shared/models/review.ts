// The review itself, one per plan ("My review" in the planner): when, where, what kind, and who
// to contact. Dates and times are kept as typed (a wrong date is shown as a problem, never refused).
import { choice, longText, text } from './fields';
import { defineModel } from './model';

export const REVIEW_FORMATS = ['inPerson', 'video', 'phone'] as const;
export const AGE_BANDS = ['under16', '16plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const reviewModel = defineModel({
  type: 'review',
  area: 'myAnswers',
  fields: {
    date: text(),
    time: text(),
    format: choice(REVIEW_FORMATS),
    place: longText(),
    kind: choice(['ctr', 'cetr']),
    setting: choice(['community', 'hospital']),
    ageBand: choice(AGE_BANDS),
    careCoordinatorName: text(),
    careCoordinatorContact: longText(),
    commissionerName: text(),
    commissionerContact: longText(),
    /** When the next review is due (YYYY-MM-DD), set by the person or a supporter. */
    nextDate: text(40),
  },
});
