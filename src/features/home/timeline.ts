// "What happens next": the steps before and after a review, dated from the review date. The
// steps are data (src/content/timeline.json); this file does the dates, and says which steps are
// done from what the person's data shows (never from the date alone).
import { addDays, daysBetween, isIsoDate } from '../../shared/dates';

export type Condition = 'reportNotReceived';
/** Facts from the person's data that show a step is done. */
export const DONE_FACTS = ['consentAnswered', 'feedbackFinished', 'reportReceived'] as const;
export type DoneFact = (typeof DONE_FACTS)[number];
export type DoneFacts = Record<DoneFact, boolean>;

export interface TimelineStep {
  id: string;
  offsetDays: number;
  href?: string;
  showIf?: Condition;
  /** The fact that shows this step is done; a step without one is never marked done. */
  doneWhen?: DoneFact;
}

export type TimelineStatus = 'past' | 'today' | 'next' | 'later';

export interface TimelineEntry {
  id: string;
  date: string;
  /** Days from today to this step (negative: it has passed). */
  daysAway: number;
  status: TimelineStatus;
  /** A link only to a screen that exists. */
  href?: string;
  /** true: the data shows it is done; false: it is not done yet; undefined: not something to do. */
  done?: boolean;
}

export interface TimelineOptions {
  reportReceived: boolean;
  /** What the data shows is done (a fact left out counts as not done). */
  facts?: Partial<DoneFacts>;
  hasScreen: (href: string) => boolean;
}

export function readSteps(json: unknown): TimelineStep[] {
  const steps = (json as { steps?: unknown })?.steps;
  if (!Array.isArray(steps)) throw new Error('timeline.json has no steps');
  return steps.map((s: Record<string, unknown>) => {
    if (typeof s.id !== 'string' || !Number.isInteger(s.offsetDays))
      throw new Error(`Bad timeline step ${JSON.stringify(s)}`);
    if (s.showIf !== undefined && s.showIf !== 'reportNotReceived')
      throw new Error(`Unknown condition ${String(s.showIf)}`);
    if (s.doneWhen !== undefined && !DONE_FACTS.includes(s.doneWhen as DoneFact))
      throw new Error(`Unknown fact ${String(s.doneWhen)}`);
    return {
      id: s.id,
      offsetDays: s.offsetDays as number,
      href: typeof s.href === 'string' ? s.href : undefined,
      showIf: s.showIf as Condition | undefined,
      doneWhen: s.doneWhen as DoneFact | undefined,
    };
  });
}

function shown(step: TimelineStep, o: TimelineOptions): boolean {
  return step.showIf !== 'reportNotReceived' || !o.reportReceived;
}

/** The steps with their dates, in date order; empty when there is no (valid) review date. */
export function buildTimeline(
  reviewDate: unknown,
  today: string,
  steps: TimelineStep[],
  options: TimelineOptions,
): TimelineEntry[] {
  if (!isIsoDate(reviewDate)) return [];
  const dated = steps
    .filter((s) => shown(s, options))
    .map((s) => {
      const date = addDays(reviewDate, s.offsetDays);
      return { step: s, date, daysAway: daysBetween(today, date) };
    })
    .sort((a, b) => a.step.offsetDays - b.step.offsetDays);
  const anyToday = dated.some((d) => d.daysAway === 0);
  let nextGiven = anyToday;
  return dated.map(({ step, date, daysAway }) => {
    let status: TimelineStatus;
    if (daysAway < 0) status = 'past';
    else if (daysAway === 0) status = 'today';
    else if (!nextGiven) {
      status = 'next';
      nextGiven = true;
    } else status = 'later';
    const entry: TimelineEntry = { id: step.id, date, daysAway, status };
    if (step.href && options.hasScreen(step.href)) entry.href = step.href;
    if (step.doneWhen) entry.done = options.facts?.[step.doneWhen] === true;
    return entry;
  });
}
