// Steps asked in two sections: the answer is stored once and both show it.
import type { StepSpec } from '../fieldSteps';

export const bestTime: StepSpec = {
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

export const withMe: StepSpec = {
  id: 'with-me',
  title: 'planner:takingPart.withMe.title',
  hint: 'planner:takingPart.withMe.hint',
  symbol: 'hug',
  fields: [
    {
      kind: 'text',
      record: 'participation',
      field: 'whoWithMe',
      label: 'planner:takingPart.withMe.label',
      multiline: true,
    },
  ],
};

export const CHECK_QUIET = {
  field: 'quietRoom',
  label: 'planner:needs.options.quietRoom',
  symbol: 'quiet',
} as const;
export const CHECK_LIGHTS = {
  field: 'dimLights',
  label: 'planner:needs.options.dimLights',
  symbol: 'dim-lights',
} as const;
export const CHECK_BREAKS = {
  field: 'breaks',
  label: 'planner:needs.options.breaks',
  symbol: 'cup',
} as const;
export const CHECK_SLOW = {
  field: 'speakSlowly',
  label: 'planner:needs.options.speakSlowly',
  symbol: 'slow',
} as const;
export const CHECK_FEWER = {
  field: 'fewerPeople',
  label: 'planner:needs.options.fewerPeople',
  symbol: 'person',
} as const;
