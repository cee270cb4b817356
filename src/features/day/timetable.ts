// The picture timetable of the day: one `timetable` record per step (its model says the fields:
// text, symbol, time, order, done). The person reorders by tapping
// "Move up"/"Move down" (no dragging, WCAG 2.5.7): a move swaps two steps' order numbers.
import type { StoredRecord } from '../../data';
import { timetableModel } from '../../shared/models/timetable';

export interface Step {
  id: string;
  record: StoredRecord;
  text: string;
  symbol: string;
  time: string;
  order: number;
  done: boolean;
}

export const ORDER_GAP = 10;

export function toSteps(records: StoredRecord[] | undefined): Step[] {
  return (records ?? [])
    .map((record, i) => {
      const step = timetableModel.decode(record.data);
      return { id: record.id, record, ...step, order: step.order ?? (i + 1) * ORDER_GAP };
    })
    .sort((a, b) => a.order - b.order); // stable: equal numbers keep the order they were made in
}

/** The order number for a new step at the end. */
export function nextOrder(steps: Step[]): number {
  return steps.reduce((max, s) => Math.max(max, s.order), 0) + ORDER_GAP;
}

/**
 * The order numbers to save to move one step up or down: the two steps swap numbers. If two steps
 * share a number (made at once on two devices), every step is numbered afresh instead.
 */
export function moveStep(steps: Step[], id: string, by: -1 | 1): { id: string; order: number }[] {
  const from = steps.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= steps.length) return [];
  const a = steps[from]!;
  const b = steps[to]!;
  if (a.order !== b.order)
    return [
      { id: a.id, order: b.order },
      { id: b.id, order: a.order },
    ];
  const moved = [...steps];
  moved.splice(to, 0, ...moved.splice(from, 1));
  return moved
    .map((s, i) => ({ id: s.id, order: (i + 1) * ORDER_GAP, before: s.order }))
    .filter((s) => s.order !== s.before)
    .map(({ id, order }) => ({ id, order }));
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A time the person typed, as HH:MM; '' for none; null if it is not a time. */
export function normaliseTime(input: string): string | null {
  const value = input.trim();
  if (!value) return '';
  const m = TIME.exec(value);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}
