// Plain-language checks on what was saved. They never block saving: the person's words are kept,
// and the problem is shown next to the box so they (or a supporter) can put it right.
import { isIsoDate, isTimeOfDay } from '../../shared/dates';
import type { FieldValue } from '../../shared/records';
import type { FieldSpec } from './fieldSteps';

/** An i18n key for the problem, or undefined when there is none. */
export function fieldProblem(spec: FieldSpec, value: FieldValue | undefined): string | undefined {
  if (spec.kind !== 'text' || typeof value !== 'string' || value === '') return undefined;
  if (spec.type === 'date' && !isIsoDate(value)) return 'planner:common.problems.date';
  if (spec.type === 'time' && !isTimeOfDay(value)) return 'planner:common.problems.time';
  return undefined;
}
