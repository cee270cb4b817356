// Which step of the timetable is happening now, and which comes next. The person's own "We are
// here" tap wins; otherwise, on the review day only, the clock and the steps' times say it.
import type { Step } from './timetable';

export interface NowAndNext {
  now: string | null;
  next: string | null;
}

/**
 * @param here the step marked "We are here" today, if any
 * @param clock the time now as HH:MM, only on the review day (null on any other day)
 */
export function nowAndNext(steps: Step[], here: string | null, clock: string | null): NowAndNext {
  const at = here ? steps.findIndex((s) => s.id === here) : -1;
  if (at >= 0) return { now: steps[at]!.id, next: steps[at + 1]?.id ?? null };
  if (!clock || steps.length === 0) return { now: null, next: null };
  // The last step (in the person's order) whose time has come. Steps without a time follow the
  // timed step before them, so the person moves on with "We are here".
  let now = -1;
  steps.forEach((s, i) => {
    if (s.time && s.time <= clock) now = i;
  });
  if (now < 0) return { now: null, next: steps[0]!.id };
  return { now: steps[now]!.id, next: steps[now + 1]?.id ?? null };
}

/** HH:MM of a moment on this device's clock. */
export function clockOf(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
