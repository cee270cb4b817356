// Saving the timetable: each change is one small named verb over the data layer.
import { createRecord, deleteRecord, saveFields, type RecordRef } from '../../data';
import type { Fields } from '../../shared/records';
import { ORDER_GAP, type Step } from './timetable';

export interface StepPreset {
  symbol: string;
  label: string;
  time: string;
}

const refOf = (s: Step): RecordRef => ({ planId: s.record.planId, id: s.id, type: 'timetable' });

/** The usual steps of a review day, queued together (each is its own small save). */
export async function addUsualPlan(planId: string, presets: StepPreset[]): Promise<void> {
  await Promise.all(
    presets.map((p, i) =>
      createRecord(planId, 'timetable', {
        text: p.label,
        symbol: p.symbol,
        time: p.time,
        order: (i + 1) * ORDER_GAP,
        done: false,
      }),
    ),
  );
}

export function addStep(planId: string, fields: Fields): Promise<RecordRef> {
  return createRecord(planId, 'timetable', { done: false, ...fields });
}

export async function changeStep(step: Step, fields: Fields): Promise<void> {
  await saveFields(refOf(step), fields);
}

export async function saveOrder(steps: Step[], moves: { id: string; order: number }[]) {
  for (const move of moves) {
    const step = steps.find((s) => s.id === move.id);
    if (step) await saveFields(refOf(step), { order: move.order });
  }
}

/** Removes a step; returns how to put it back (as a new step with the same words and place). */
export async function removeStep(step: Step): Promise<() => Promise<RecordRef>> {
  await deleteRecord(refOf(step));
  const data = { ...step.record.data };
  return () => createRecord(step.record.planId, 'timetable', data);
}
