// "My documents": one record per kind of document the review panel may read (domain.md §1.12),
// keyed by its kind, so two devices marking the same kind edit the same record. Its pages or file
// are attachment records.
import { flag } from './fields';
import { defineModel } from './model';

export const DOCUMENT_KINDS = [
  'carePlan',
  'crisisPlan',
  'riskAssessment',
  'previousReport',
  'assessments',
  'ehcp',
  'hospitalPassport',
  'communicationPassport',
  'healthActionPlan',
  'dischargePlan',
  'tribunalReport',
  'meetingNotes',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentModel = defineModel({
  type: 'document',
  area: 'actionsAndDiary',
  fields: {
    /** The person wants it in the pack of papers the panel reads before the review. */
    inPack: flag(),
    /** "I do not have this one" (it is not for me): the checklist stops asking for it. */
    notNeeded: flag(),
  },
});
