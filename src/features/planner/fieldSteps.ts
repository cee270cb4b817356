// The parts of the planner that are questions with boxes and picture cards, as data (steps/*): each step is
// one screen with one task. Words are i18n keys (literal, so the key test can see them). Every
// answer is asked on one screen only (a test checks it): an answer shown on two screens could be
// changed from one that does not say so. A step may point to a related question elsewhere.
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
  /** A related question asked in another part: words, and a link to it. */
  seeAlso?: { text: string; link: string; href: string };
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
