// Someone in the person's care team (or anyone they may need to call): who they are in plain
// words, how to reach them and where they work. The actions' "who will do it" and the crisis
// plan's "who to call" choose from these.
import { choice, longText, text } from './fields';
import { defineModel } from './model';

/** The roles a person picks from, in plain words (locales: afterTeam.roles.<role>). */
export const CONTACT_ROLES = [
  'careCoordinator',
  'namedNurse',
  'commissioner',
  'advocate',
  'socialWorker',
  'gp',
  'psychiatrist',
  'family',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export const contactModel = defineModel({
  type: 'contact',
  area: 'whoIsComing',
  fields: {
    name: text(),
    role: choice(CONTACT_ROLES),
    /** The role in the person's own words, when it is "other". */
    roleOther: text(),
    phone: text(),
    email: text(),
    /** Where they work: a ward, a team, a council. */
    workplace: text(),
    notes: longText(),
  },
});
