import type { FieldSection, Singletons } from '../fieldSteps';

// ---------- 1. My review ----------

const notRemote = (d: Singletons) => d.review.format !== 'video' && d.review.format !== 'phone';

export const REVIEW: FieldSection = {
  id: 'review',
  path: '/planner/review',
  steps: [
    {
      id: 'when',
      title: 'planner:review.when.title',
      hint: 'planner:review.when.hint',
      symbol: 'calendar',
      learn: '/learn/getting-ready',
      fields: [
        {
          kind: 'text',
          record: 'review',
          field: 'date',
          label: 'planner:review.when.date',
          type: 'date',
          width: 'medium',
        },
        {
          kind: 'text',
          record: 'review',
          field: 'time',
          label: 'planner:review.when.time',
          type: 'time',
          width: 'short',
        },
      ],
    },
    {
      id: 'how',
      title: 'planner:review.how.title',
      symbol: 'video',
      fields: [
        {
          kind: 'choice',
          record: 'review',
          field: 'format',
          label: 'planner:review.how.label',
          options: [
            { value: 'inPerson', label: 'planner:review.how.inPerson', symbol: 'seat' },
            { value: 'video', label: 'planner:review.how.video', symbol: 'video' },
            { value: 'phone', label: 'planner:review.how.phone', symbol: 'phone' },
          ],
        },
      ],
    },
    {
      id: 'where',
      title: 'planner:review.where.title',
      hint: 'planner:review.where.hint',
      symbol: 'place',
      showIf: notRemote,
      fields: [
        {
          kind: 'text',
          record: 'review',
          field: 'place',
          label: 'planner:review.where.label',
          multiline: true,
        },
      ],
    },
    {
      id: 'kind',
      title: 'planner:review.kind.title',
      symbol: 'clipboard-list',
      learn: '/learn/what-is-a-review',
      fields: [
        {
          kind: 'choice',
          record: 'review',
          field: 'kind',
          label: 'planner:review.kind.label',
          columns: 2,
          options: [
            {
              value: 'ctr',
              label: 'planner:review.kind.ctr',
              hint: 'planner:review.kind.ctrHint',
              symbol: 'clipboard-list',
            },
            {
              value: 'cetr',
              label: 'planner:review.kind.cetr',
              hint: 'planner:review.kind.cetrHint',
              symbol: 'school',
            },
          ],
        },
      ],
    },
    {
      id: 'setting',
      title: 'planner:review.setting.title',
      symbol: 'hospital',
      fields: [
        {
          kind: 'choice',
          record: 'review',
          field: 'setting',
          label: 'planner:review.setting.label',
          columns: 2,
          options: [
            {
              value: 'community',
              label: 'planner:review.setting.community',
              hint: 'planner:review.setting.communityHint',
              symbol: 'community',
            },
            { value: 'hospital', label: 'planner:review.setting.hospital', symbol: 'hospital' },
          ],
        },
      ],
    },
    {
      id: 'age',
      title: 'planner:review.age.title',
      hint: 'planner:review.age.hint',
      symbol: 'person',
      learn: '/learn/children-and-young-people',
      fields: [
        {
          kind: 'choice',
          record: 'review',
          field: 'ageBand',
          label: 'planner:review.age.label',
          columns: 2,
          options: [
            { value: 'under16', label: 'planner:review.age.under16', symbol: 'school' },
            { value: '16plus', label: 'planner:review.age.over16', symbol: 'person' },
          ],
        },
      ],
    },
    {
      id: 'care-coordinator',
      title: 'planner:review.coordinator.title',
      hint: 'planner:review.coordinator.hint',
      symbol: 'care-coordinator',
      learn: '/learn/who-will-be-there',
      fields: [
        {
          kind: 'text',
          record: 'review',
          field: 'careCoordinatorName',
          label: 'planner:review.contact.name',
          width: 'medium',
        },
        {
          kind: 'text',
          record: 'review',
          field: 'careCoordinatorContact',
          label: 'planner:review.contact.contact',
          hint: 'planner:review.contact.contactHint',
          multiline: true,
        },
      ],
    },
    {
      id: 'commissioner',
      title: 'planner:review.commissioner.title',
      hint: 'planner:review.commissioner.hint',
      symbol: 'commissioner',
      learn: '/learn/who-will-be-there',
      fields: [
        {
          kind: 'text',
          record: 'review',
          field: 'commissionerName',
          label: 'planner:review.contact.name',
          width: 'medium',
        },
        {
          kind: 'text',
          record: 'review',
          field: 'commissionerContact',
          label: 'planner:review.contact.contact',
          hint: 'planner:review.contact.contactHint',
          multiline: true,
        },
      ],
    },
  ],
};
