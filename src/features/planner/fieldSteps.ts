// The parts of the planner that are questions with boxes and picture cards, as data: each step is
// one screen with one task. Words are i18n keys (literal, so the key test can see them). A step
// may ask for a field another section also shows (the best time of day, who sits with me): the
// answer is stored once and both screens show it, so nobody is asked the same thing twice.
import type { SymbolId } from '../../content/symbols';
import type { Fields } from '../../shared/records';

export type SingletonKey = 'review' | 'participation' | 'adjustment' | 'school';
export type Singletons = Record<SingletonKey, Fields>;

interface Option {
  label: string;
  symbol: SymbolId;
  hint?: string;
}

export type FieldSpec =
  | {
      kind: 'text';
      record: SingletonKey;
      field: string;
      label: string;
      hint?: string;
      multiline?: boolean;
      type?: 'text' | 'date' | 'time' | 'tel' | 'email';
      autoComplete?: string;
      width?: 'short' | 'medium' | 'full';
    }
  | {
      kind: 'choice';
      record: SingletonKey;
      field: string;
      label: string;
      hint?: string;
      options: (Option & { value: string })[];
      columns?: 2 | 3 | 4;
    }
  | {
      kind: 'checks';
      record: SingletonKey;
      label: string;
      hint?: string;
      /** One true/false field per option. */
      options: (Option & { field: string })[];
    };

export interface StepSpec {
  id: string;
  title: string;
  hint?: string;
  symbol: SymbolId;
  /** "What is this?": the easy-read page that explains the question. */
  learn?: string;
  fields: FieldSpec[];
  /** Left out when it does not apply (a place, for a review by video). */
  showIf?: (data: Singletons) => boolean;
}

export interface FieldSection {
  id: 'review' | 'takingPart' | 'needs' | 'school';
  path: string;
  steps: StepSpec[];
}

export function visibleSteps(section: FieldSection, data: Singletons): StepSpec[] {
  return section.steps.filter((s) => !s.showIf || s.showIf(data));
}

function filled(value: unknown): boolean {
  return typeof value === 'string'
    ? value.trim() !== ''
    : value === true || typeof value === 'number';
}

export function stepHasAnswer(step: StepSpec, data: Singletons): boolean {
  return step.fields.some((f) =>
    f.kind === 'checks'
      ? f.options.some((o) => data[f.record][o.field] === true)
      : filled(data[f.record][f.field]),
  );
}

// ---------- Steps shared by two sections ----------

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

const CHECK_QUIET = {
  field: 'quietRoom',
  label: 'planner:needs.options.quietRoom',
  symbol: 'quiet',
} as const;
const CHECK_LIGHTS = {
  field: 'dimLights',
  label: 'planner:needs.options.dimLights',
  symbol: 'dim-lights',
} as const;
const CHECK_BREAKS = {
  field: 'breaks',
  label: 'planner:needs.options.breaks',
  symbol: 'cup',
} as const;
const CHECK_SLOW = {
  field: 'speakSlowly',
  label: 'planner:needs.options.speakSlowly',
  symbol: 'slow',
} as const;
const CHECK_FEWER = {
  field: 'fewerPeople',
  label: 'planner:needs.options.fewerPeople',
  symbol: 'person',
} as const;

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
            { value: 'inPerson', label: 'planner:review.how.inPerson', symbol: 'chair' },
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
      symbol: 'health-worker',
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
            { field: 'wayRoom', label: 'planner:takingPart.ways.room', symbol: 'chair' },
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
            { field: 'knowWho', label: 'planner:needs.options.knowWho', symbol: 'id-card' },
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
            CHECK_QUIET,
            CHECK_LIGHTS,
            CHECK_FEWER,
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
            CHECK_SLOW,
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
          options: [CHECK_BREAKS],
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
    withMe,
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

export const FIELD_SECTIONS = {
  review: REVIEW,
  takingPart: TAKING_PART,
  needs: NEEDS,
  school: SCHOOL,
};
