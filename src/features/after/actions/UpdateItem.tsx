import { useMediaUrls } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { LinkButton } from '../../../ui/LinkButton';
import type { ActionUpdate } from './actions';

/** One dated update on an action: what happened, its photos, and a way to change it. */
export function UpdateItem({ update, actionId }: { update: ActionUpdate; actionId: string }) {
  const t = useT();
  const urls = useMediaUrls(update.photos);
  return (
    <li class="action-update">
      <h3>{update.when ? formatDay(update.when) : t('actions:update.title')}</h3>
      <p dir="auto">{update.words.trim() || t('actions:update.noWords')}</p>
      {update.photos.length > 0 && (
        <div class="action-update__photos">
          {update.photos.map((sha, i) => {
            const url = urls.get(sha);
            return url ? (
              <img key={sha} src={url} alt={t('actions:update.photoAlt', { n: i + 1 })} />
            ) : null;
          })}
        </div>
      )}
      <LinkButton
        href={screenHref('afterActionUpdate', { id: actionId, update: update.id })}
        symbol="pencil"
      >
        {t('actions:one.changeUpdate')}
      </LinkButton>
    </li>
  );
}
