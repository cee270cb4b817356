// What goes in "Add to my calendar": the review Home is about (its day, when the feedback is due,
// when the report should come), the next review when one is set, and each action not done yet
// with its date. The days after the review come from the same steps as "What happens next"
// (src/content/timeline.json), so the calendar and Home cannot disagree.
import type { TFunction } from 'i18next';
import timelineJson from '../../../content/timeline.json';
import { addDays, isIsoDate } from '../../../shared/dates';
import { actionModel } from '../../../shared/models/action';
import type { Fields } from '../../../shared/records';
import { readSteps } from '../../home/timeline';
import type { CalendarEvent } from './ics';
import type { ShownReview } from './nextReview';

const STEPS = readSteps(timelineJson);
const offsetOf = (id: string) => STEPS.find((s) => s.id === id)?.offsetDays;

/** The review's own steps that go in the calendar, as in timeline.json. */
const REVIEW_STEPS = ['day', 'feedback', 'report'] as const;

export interface CalendarInput {
  planId: string;
  shown: ShownReview | null;
  nextDate: string;
  actions: readonly { id: string; data: Fields }[];
  t: TFunction;
}

export function calendarEvents({ planId, shown, nextDate, actions, t }: CalendarInput) {
  const events: CalendarEvent[] = [];
  if (shown) {
    for (const id of REVIEW_STEPS) {
      const offset = offsetOf(id);
      if (offset === undefined) continue;
      const date = addDays(shown.date, offset);
      events.push({
        uid: `${id}-${shown.date}-${planId}@my-review`,
        date,
        summary: t(`afterNext:calendar.${id}`),
      });
    }
    if (!shown.isNext && isIsoDate(nextDate) && nextDate > shown.date)
      events.push({
        uid: `day-${nextDate}-${planId}@my-review`,
        date: nextDate,
        summary: t('afterNext:calendar.next'),
      });
  }
  for (const record of actions) {
    const a = actionModel.decode(record.data);
    if (a.status === 'done' || !isIsoDate(a.byWhen)) continue;
    const what = a.what.trim() || t('afterNext:calendar.anAction');
    events.push({
      uid: `action-${record.id}@my-review`,
      date: a.byWhen,
      summary: t('afterNext:calendar.action', { what }),
      ...(a.who.trim() ? { description: t('afterNext:calendar.who', { who: a.who.trim() }) } : {}),
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
