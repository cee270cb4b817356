// One person at the review: the planner adds the people the person invites, Who's who adds the
// panel. One list of records, read by one rule: a kind or a way of joining this version does not
// know reads as none (null), never as a guess.
import { choice, longText, media, text } from './fields';
import { defineModel } from './model';

export const ATTENDEE_KINDS = [
  'family',
  'friend',
  'advocate',
  'careCoordinator',
  'supportWorker',
  'teacher',
  'chair',
  'clinicalExpert',
  'expertByExperience',
  'other',
] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

export const JOINING = ['room', 'phone', 'video', 'partDay'] as const;
export type Joining = (typeof JOINING)[number];

export const attendeeModel = defineModel({
  type: 'attendee',
  area: 'whoIsComing',
  fields: {
    name: text(),
    relation: text(),
    kind: choice(ATTENDEE_KINDS),
    joining: choice(JOINING),
    needs: longText(),
    photo: media(),
  },
});
