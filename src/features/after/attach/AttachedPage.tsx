import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { HiddenContext } from '../../../ui/HiddenContext';
import { Picture } from '../../../ui/Picture';
import type { Attachment } from './attachments';

export interface AttachedPageProps {
  page: Attachment;
  number: number;
  count: number;
  /** The page's bytes on this tablet, as an address the browser can show (or open). */
  url: string | undefined;
  what: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One page: the photo (or the file, to open), and buttons to move it or take it away. */
export function AttachedPage({
  page,
  number,
  count,
  url,
  what,
  onMove,
  onRemove,
}: AttachedPageProps) {
  const t = useT();
  const pageName = t('attach:page', { number });
  const isFile = page.mime === 'application/pdf';
  return (
    <li class="attach__page">
      <p class="attach__number">{pageName}</p>
      {isFile ? (
        <div class="attach__file">
          <Picture symbol="file" alt="" size="large" />
          <p class="attach__name">{page.name || t('attach:aFile')}</p>
          {url ? (
            // A file on this tablet: the browser opens it in a new tab, with or without a connection.
            <a
              href={url}
              target="_blank"
              rel="noopener"
              class="button button--primary"
              data-file={page.sha256}
            >
              <Picture symbol="papers" alt="" size="icon" />
              <span class="button__label">
                {t('attach:open')}
                <HiddenContext>{pageName}</HiddenContext>
              </span>
            </a>
          ) : (
            <p>{t('attach:notHere')}</p>
          )}
        </div>
      ) : url ? (
        <img src={url} alt={t('attach:photoAlt', { number, what })} class="attach__photo" />
      ) : (
        <p>{t('attach:notHere')}</p>
      )}
      <div class="button-row">
        {number > 1 && (
          <Button
            id={`page-${page.id}-up`}
            variant="secondary"
            symbol="move-up"
            onPress={() => onMove(-1)}
          >
            {t('attach:moveUp')}
            <HiddenContext>{pageName}</HiddenContext>
          </Button>
        )}
        {number < count && (
          <Button
            id={`page-${page.id}-down`}
            variant="secondary"
            symbol="move-down"
            onPress={() => onMove(1)}
          >
            {t('attach:moveDown')}
            <HiddenContext>{pageName}</HiddenContext>
          </Button>
        )}
        <Button
          id={`page-${page.id}-remove`}
          variant="secondary"
          symbol="remove"
          onPress={onRemove}
        >
          {t('attach:remove')}
          <HiddenContext>{pageName}</HiddenContext>
        </Button>
      </div>
    </li>
  );
}
