// "Help now": on every screen of After my review, one big link to the crisis plan and the
// people to call. Its words are in the `after` namespace, which every After screen loads.
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { Picture } from '../../../ui/Picture';
import './helpNow.css';

/** Put it first in the PageFrame's children of any After my review screen. */
export function HelpNowButton() {
  const t = useT();
  return (
    <p class="help-now no-print">
      <a class="button help-now__link" href={screenHref('afterHelpNow')}>
        <Picture symbol="help-now" alt="" size="icon" />
        <span class="button__label">{t('after:helpNow.button')}</span>
      </a>
    </p>
  );
}
