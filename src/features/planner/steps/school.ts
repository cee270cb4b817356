import type { FieldSection } from '../fieldSteps';

// ---------- 7. School or college (Care, Education and Treatment Reviews) ----------

export const SCHOOL: FieldSection = {
  id: 'school',
  path: '/planner/school',
  steps: [
    {
      id: 'name',
      title: 'planner:school.name.title',
      symbol: 'school',
      learn: '/learn/children-and-young-people',
      fields: [
        {
          kind: 'text',
          record: 'school',
          field: 'name',
          label: 'planner:school.name.label',
          width: 'medium',
        },
      ],
    },
    {
      id: 'learn',
      title: 'planner:school.learn.title',
      hint: 'planner:school.learn.hint',
      symbol: 'books',
      fields: [
        {
          kind: 'text',
          record: 'school',
          field: 'helpsLearn',
          label: 'planner:school.learn.label',
          multiline: true,
        },
      ],
    },
    {
      id: 'hard',
      title: 'planner:school.hard.title',
      symbol: 'thinking',
      fields: [
        {
          kind: 'text',
          record: 'school',
          field: 'hard',
          label: 'planner:school.hard.label',
          multiline: true,
        },
      ],
    },
    {
      id: 'plan',
      title: 'planner:school.plan.title',
      hint: 'planner:school.plan.hint',
      symbol: 'clipboard-list',
      fields: [
        {
          kind: 'choice',
          record: 'school',
          field: 'ehcp',
          label: 'planner:school.plan.label',
          options: [
            { value: 'yes', label: 'planner:school.plan.yes', symbol: 'yes' },
            { value: 'no', label: 'planner:school.plan.no', symbol: 'no' },
            { value: 'notSure', label: 'planner:school.plan.notSure', symbol: 'not-sure' },
          ],
        },
        {
          kind: 'text',
          record: 'school',
          field: 'ehcpWords',
          label: 'planner:school.plan.words',
          multiline: true,
        },
      ],
    },
    {
      id: 'teachers',
      title: 'planner:school.teachers.title',
      hint: 'planner:school.teachers.hint',
      symbol: 'teacher',
      fields: [
        {
          kind: 'text',
          record: 'school',
          field: 'teachers',
          label: 'planner:school.teachers.label',
          multiline: true,
        },
      ],
    },
  ],
};
