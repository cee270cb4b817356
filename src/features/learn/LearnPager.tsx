import { LEARN_PATH, learnHref, type LearnPlace } from '../../content/learnPages';
import { useT } from '../../i18n/useT';
import { useLocation } from 'preact-iso';
import { Picture } from '../../ui/Picture';
import { withBack } from '../../ui/returnPlace';
import { safeBack } from './learnContent';

/** Back, all the pages, and next: the same three links at the end of every easy-read page. */
export function LearnPager({ place }: { place: LearnPlace }) {
  const t = useT();
  // Came from a question's "What is this?": reading on keeps the way back to that question.
  const back = safeBack(useLocation().query.back);
  const href = (to: string) => (back ? withBack(to, back) : to);
  return (
    <nav class="learn-pager no-print" aria-label={t('learn:page.navLabel')}>
      {place.previous && (
        <a href={href(learnHref(place.previous))} rel="prev" class="learn-pager__link">
          <Picture symbol="previous" alt="" size="icon" />
          <span>
            <span class="learn-pager__what">{t('learn:page.previous')}</span>
            <span class="learn-pager__title">{t(`learn:pages.${place.previous}.title`)}</span>
          </span>
        </a>
      )}
      <a href={href(LEARN_PATH)} class="learn-pager__link">
        <Picture symbol="contents" alt="" size="icon" />
        <span class="learn-pager__what">{t('learn:page.contents')}</span>
      </a>
      {place.next && (
        <a
          href={href(learnHref(place.next))}
          rel="next"
          class="learn-pager__link learn-pager__link--next"
        >
          <span>
            <span class="learn-pager__what">{t('learn:page.next')}</span>
            <span class="learn-pager__title">{t(`learn:pages.${place.next}.title`)}</span>
          </span>
          <Picture symbol="next" alt="" size="icon" />
        </a>
      )}
    </nav>
  );
}
