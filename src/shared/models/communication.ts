// "How I communicate", one per plan: the person's own words, one field per question, for the
// NHS Accessible Information Standard (domain.md §2.3).
import { longText } from './fields';
import { defineModel } from './model';

export const COMMUNICATION_FIELDS = [
  'howToTalk',
  'hardForMe',
  'helpsMe',
  'upsetSigns',
  'calmsMe',
] as const;
export type CommunicationField = (typeof COMMUNICATION_FIELDS)[number];

export const communicationModel = defineModel({
  type: 'communication',
  area: 'myAnswers',
  fields: Object.fromEntries(COMMUNICATION_FIELDS.map((f) => [f, longText()])) as Record<
    CommunicationField,
    ReturnType<typeof longText>
  >,
});
