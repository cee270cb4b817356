import type { FieldSection } from '../fieldSteps';
import {
  bestTime,
  CHECK_BREAKS,
  CHECK_FEWER,
  CHECK_LIGHTS,
  CHECK_QUIET,
  CHECK_SLOW,
  withMe,
} from './shared';

// ---------- 4. How I want to take part ----------

export const TAKING_PART: FieldSection = {
  id: 'takingPart',
  path: '/planner/taking-part',
  steps: [
    {
      id: 'ways',
      title: 'planner:takingPart.ways.title',
      hint: 'planner:takingPart.ways.hint',
      symbol: 'hello',
      learn: '/learn/the-day',
      fields: [
        {
          kind: 'checks',
          record: 'participation',
          label: 'planner:takingPart.ways.label',
          options: [
            { field: 'wayRoom', label: 'planner:takingPart.ways.room', symbol: 'seat' },
            { field: 'wayHello', label: 'planner:takingPart.ways.hello', symbol: 'hello' },
            { field: 'wayWrite', label: 'planner:takingPart.ways.write', symbol: 'pencil' },
            { field: 'waySpeakFor', label: 'planner:takingPart.ways.speakFor', symbol: 'advocate' },
            { field: 'wayVideo', label: 'planner:takingPart.ways.video', symbol: 'video' },
            { field: 'waySend', label: 'planner:takingPart.ways.send', symbol: 'envelope' },
          ],
        },
      ],
    },
    withMe,
    bestTime,
    {
      id: 'break',
      title: 'planner:takingPart.break.title',
      hint: 'planner:takingPart.break.hint',
      symbol: 'cup',
      fields: [
        {
          kind: 'choice',
          record: 'participation',
          field: 'breakSignal',
          label: 'planner:takingPart.break.label',
          options: [
            { value: 'say', label: 'planner:takingPart.break.say', symbol: 'speech' },
            { value: 'card', label: 'planner:takingPart.break.card', symbol: 'clipboard-list' },
            { value: 'hand', label: 'planner:takingPart.break.hand', symbol: 'hand' },
            { value: 'leave', label: 'planner:takingPart.break.leave', symbol: 'door' },
            { value: 'supporter', label: 'planner:takingPart.break.supporter', symbol: 'hug' },
          ],
        },
        {
          kind: 'text',
          record: 'participation',
          field: 'breakWords',
          label: 'planner:takingPart.break.words',
          multiline: true,
        },
      ],
    },
    {
      id: 'helps',
      title: 'planner:takingPart.helps.title',
      hint: 'planner:takingPart.helps.hint',
      symbol: 'idea',
      fields: [
        {
          kind: 'checks',
          record: 'adjustment',
          label: 'planner:takingPart.helps.label',
          options: [
            CHECK_QUIET,
            CHECK_BREAKS,
            CHECK_LIGHTS,
            CHECK_FEWER,
            CHECK_SLOW,
            {
              field: 'timeToAnswer',
              label: 'planner:needs.options.timeToAnswer',
              symbol: 'hourglass',
            },
            { field: 'knowWho', label: 'planner:needs.options.knowWho', symbol: 'whos-who' },
          ],
        },
        {
          kind: 'text',
          record: 'adjustment',
          field: 'helpsWords',
          label: 'planner:takingPart.helps.words',
          multiline: true,
        },
      ],
    },
  ],
};
