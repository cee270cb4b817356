import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';

/**
 * "What happens next" before the review has a date. It is also the first paint and the loading
 * state of that area, so a first visit shows the same thing throughout and nothing moves.
 */
export function NoDateYet() {
  const t = useT();
  return (
    <>
      <p>{t('home:next.empty')}</p>
      <LinkButton href="/planner/review/when" symbol="calendar">
        {t('home:next.addDate')}
      </LinkButton>
    </>
  );
}
