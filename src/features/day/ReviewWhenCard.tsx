import type { TFunction } from 'i18next';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import type { ReviewWhen } from './reviewDate';

/** When and where the review is, in sentences: shown on the card and read aloud. */
export function whenSentences(t: TFunction, when: ReviewWhen | null): string[] {
  if (!when) return [t('day:hub.noDate')];
  return [
    ...(when.isToday ? [t('day:hub.today')] : []),
    when.time
      ? t('day:hub.whenTime', { date: when.date, time: when.time })
      : t('day:hub.when', { date: when.date }),
    ...(when.place ? [t('day:hub.where', { place: when.place })] : []),
    ...(when.format ? [t(`day:hub.format.${when.format}`)] : []),
  ];
}

/** When and where the review is, from the planner; or that the planner has no date yet. */
export function ReviewWhenCard({ when }: { when: ReviewWhen | null }) {
  const t = useT();
  const [first, ...rest] = whenSentences(t, when);
  const today = !!when?.isToday;
  return (
    <div class={`card day-when${today ? ' day-when--today' : ''}`}>
      <Picture symbol={when ? 'review-day' : 'calendar'} alt="" size="medium" />
      <div>
        <p class={today ? 'day-when__today' : undefined}>{first}</p>
        {rest.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </div>
  );
}
