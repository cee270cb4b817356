import type { FieldSection, StepSpec } from '../fieldSteps';

// Who sits with the person is asked here only; the time of day, and the room, lights, breaks and
// speaking slowly are asked only in "What I need on the day" (needs.ts). Each answer has one
// question in one place, so no screen changes an answer it does not show.
const withMe: StepSpec = {
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
      seeAlso: {
        text: 'planner:takingPart.helps.seeNeeds',
        link: 'planner:takingPart.helps.seeNeedsLink',
        href: '/planner/needs/senses',
      },
    },
  ],
};
