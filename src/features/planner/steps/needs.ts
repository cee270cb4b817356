import type { FieldSection, StepSpec } from '../fieldSteps';

// The time of day and the room, lights, breaks and speaking slowly are asked here only; who sits
// with the person is asked only in "How I want to take part" (takingPart.ts). The time of day
// keeps its words under planner:takingPart.time, where it was first asked.
const bestTime: StepSpec = {
  id: 'time',
  title: 'planner:takingPart.time.title',
  hint: 'planner:takingPart.time.hint',
  symbol: 'clock',
  fields: [
    {
      kind: 'choice',
      record: 'participation',
      field: 'bestTime',
      label: 'planner:takingPart.time.label',
      options: [
        { value: 'morning', label: 'planner:takingPart.time.morning', symbol: 'morning' },
        { value: 'afternoon', label: 'planner:takingPart.time.afternoon', symbol: 'afternoon' },
        { value: 'any', label: 'planner:takingPart.time.any', symbol: 'clock' },
      ],
    },
    {
      kind: 'text',
      record: 'participation',
      field: 'bestTimeWords',
      label: 'planner:takingPart.time.words',
      multiline: true,
    },
  ],
};

// ---------- 6. What I need on the day ----------

export const NEEDS: FieldSection = {
  id: 'needs',
  path: '/planner/needs',
  steps: [
    {
      id: 'place',
      title: 'planner:needs.place.title',
      hint: 'planner:needs.place.hint',
      symbol: 'place',
      learn: '/learn/getting-ready',
      fields: [
        {
          kind: 'text',
          record: 'adjustment',
          field: 'placeWords',
          label: 'planner:needs.place.label',
          multiline: true,
        },
      ],
    },
    bestTime,
    {
      id: 'senses',
      title: 'planner:needs.senses.title',
      hint: 'planner:needs.senses.hint',
      symbol: 'dim-lights',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.senses.label',
          options: [
            { field: 'quietRoom', label: 'planner:needs.options.quietRoom', symbol: 'quiet' },
            { field: 'dimLights', label: 'planner:needs.options.dimLights', symbol: 'dim-lights' },
            { field: 'fewerPeople', label: 'planner:needs.options.fewerPeople', symbol: 'person' },
            { field: 'noSmells', label: 'planner:needs.options.noSmells', symbol: 'nose' },
            { field: 'spaceToMove', label: 'planner:needs.options.spaceToMove', symbol: 'walking' },
            { field: 'comfortItem', label: 'planner:needs.options.comfortItem', symbol: 'teddy' },
          ],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'sensoryWords',
          label: 'planner:needs.senses.words',
          multiline: true,
        },
      ],
    },
    {
      id: 'understand',
      title: 'planner:needs.understand.title',
      hint: 'planner:needs.understand.hint',
      symbol: 'speech',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.understand.label',
          options: [
            { field: 'easyRead', label: 'planner:needs.options.easyRead', symbol: 'book' },
            {
              field: 'interpreter',
              label: 'planner:needs.options.interpreter',
              symbol: 'language',
            },
            { field: 'speakSlowly', label: 'planner:needs.options.speakSlowly', symbol: 'slow' },
            { field: 'pictures', label: 'planner:needs.options.pictures', symbol: 'pictures' },
          ],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'interpreterLanguage',
          label: 'planner:needs.understand.language',
          width: 'medium',
        },
      ],
    },
    {
      id: 'breaks',
      title: 'planner:needs.breaks.title',
      symbol: 'cup',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:needs.breaks.label',
          options: [{ field: 'breaks', label: 'planner:needs.options.breaks', symbol: 'cup' }],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'breaksWords',
          label: 'planner:needs.breaks.words',
          multiline: true,
        },
      ],
    },
    {
      id: 'other',
      title: 'planner:needs.other.title',
      symbol: 'thought',
      fields: [
        {
          kind: 'text',
          record: 'adjustment',
          field: 'otherNeeds',
          label: 'planner:needs.other.label',
          multiline: true,
        },
      ],
    },
  ],
};
