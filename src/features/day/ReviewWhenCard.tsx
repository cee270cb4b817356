import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import type { ReviewWhen } from './reviewDate';

/** When and where the review is, from the planner; or that the planner has no date yet. */
export function ReviewWhenCard({ when }: { when: ReviewWhen | null }) {
  const t = useT();
  if (!when) {
    return (
      <div class="card day-when">
        <Picture symbol="calendar" alt="" size="medium" />
        <p>{t('day:hub.noDate')}</p>
      </div>
    );
  }
  return (
    <div class={`card day-when${when.isToday ? ' day-when--today' : ''}`}>
      <Picture symbol="review-day" alt="" size="medium" />
      <div>
        {when.isToday && <p class="day-when__today">{t('day:hub.today')}</p>}
        <p>
          {when.time
            ? t('day:hub.whenTime', { date: when.date, time: when.time })
            : t('day:hub.when', { date: when.date })}
        </p>
        {when.place && <p>{t('day:hub.where', { place: when.place })}</p>}
        {when.format && <p>{t(`day:hub.format.${when.format}`)}</p>}
      </div>
    </div>
  );
}
