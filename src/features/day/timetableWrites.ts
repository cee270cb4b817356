// Saving the timetable: each change is one small named verb over the data layer.
import {
  createRecord,
  listRecords,
  newRecordRef,
  saveFields,
  saveRecords,
  type RecordRef,
} from '../../data';
import { removeRecord } from '../forms/saver';
import type { Fields } from '../../shared/records';
import { moveStep, ORDER_GAP, toSteps, type Step } from './timetable';

export interface StepPreset {
  symbol: string;
  label: string;
  time: string;
}

const refOf = (s: Step): RecordRef => ({ planId: s.record.planId, id: s.id, type: 'timetable' });

/** The usual steps of a review day, written together: all of them or none, one transaction. */
export async function addUsualPlan(planId: string, presets: StepPreset[]): Promise<void> {
  await saveRecords(
    presets.map((p, i) => ({
      ref: newRecordRef(planId, 'timetable'),
      fields: {
        text: p.label,
        symbol: p.symbol,
        time: p.time,
        order: (i + 1) * ORDER_GAP,
        done: false,
      },
    })),
  );
}

export function addStep(planId: string, fields: Fields): Promise<RecordRef> {
  return createRecord(planId, 'timetable', { done: false, ...fields });
}

export async function changeStep(step: Step, fields: Fields): Promise<void> {
  await saveFields(refOf(step), fields);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Moves a step up or down and returns its new position (1 = first). Each move reads the steps as
 * saved and waits for the move before it, so quick taps all count, in order, even before the
 * screen has caught up with the last one.
 */
export function moveStepInPlan(planId: string, id: string, by: -1 | 1): Promise<number> {
  const run = queue.then(async () => {
    const steps = toSteps(await listRecords(planId, 'timetable'));
    for (const move of moveStep(steps, id, by)) {
      const step = steps.find((s) => s.id === move.id);
      if (step) await saveFields(refOf(step), { order: move.order });
    }
    const at = steps.findIndex((s) => s.id === id);
    return Math.min(Math.max(at + by, 0), steps.length - 1) + 1;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Removes a step; returns how to put the same step back, with its words and place. */
export function removeStep(step: Step): Promise<() => Promise<RecordRef>> {
  return removeRecord(refOf(step), { ...step.record.data });
}
