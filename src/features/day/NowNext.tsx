import { isSymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import type { Step } from './timetable';

/** At the top of the timetable: what is happening now and what comes next, big and plain. */
export function NowNext({
  now,
  next,
  isReviewDay,
}: {
  now: Step | null;
  next: Step | null;
  isReviewDay: boolean;
}) {
  const t = useT();
  if (!now && !next)
    return (
      <p class="now-next__hint">
        {isReviewDay ? t('day:timetable.hereHintToday') : t('day:timetable.hereHint')}
      </p>
    );
  return (
    <div class="now-next">
      {[
        { key: 'now' as const, step: now },
        { key: 'next' as const, step: next },
      ].map(
        ({ key, step }) =>
          step && (
            <div key={key} class={`now-next__item now-next__item--${key}`}>
              {isSymbolId(step.symbol) && <Picture symbol={step.symbol} alt="" size="medium" />}
              <p>
                <span class="now-next__label">{t(`day:timetable.mark.${key}`)}</span>
                <span class="now-next__text">{step.text}</span>
              </p>
            </div>
          ),
      )}
    </div>
  );
}
