import { formatDay } from '../../i18n/dates';
import { useT } from '../../i18n/useT';
import { screenHref } from '../../routes/screens';
import { LinkButton } from '../../ui/LinkButton';
import { Picture } from '../../ui/Picture';

/** Above the steps once Home has moved on: this is the next review, and what carries on to it. */
export function NextReviewNote({ date, openActions }: { date: string; openActions: number }) {
  const t = useT();
  return (
    <div class="timeline__next">
      <Picture symbol="next-review" alt="" size="small" />
      <div>
        <p class="timeline__next-title">{t('timeline:next.title', { date: formatDay(date) })}</p>
        {openActions > 0 && (
          <>
            <p>{t('timeline:next.openActions', { count: openActions })}</p>
            <LinkButton href={screenHref('after')} symbol="after-review">
              {t('timeline:next.actionsLink')}
            </LinkButton>
          </>
        )}
      </div>
    </div>
  );
}
