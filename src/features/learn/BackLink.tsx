import { useLocation } from 'preact-iso';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import { safeBack } from './learnContent';

/** "Go back to where I was", when the person came from another screen's "What is this?". */
export function BackLink() {
  const t = useT();
  const back = safeBack(useLocation().query.back);
  if (!back) return null;
  return (
    <p class="learn-back no-print">
      <a href={back} class="what-is-this">
        <Picture symbol="previous" alt="" size="icon" />
        <span>{t('learn:page.back')}</span>
      </a>
    </p>
  );
}
