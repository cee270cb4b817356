import { useT } from '../../i18n/useT';
import { screenHref } from '../../routes/screens';
import { LinkButton } from '../../ui/LinkButton';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { BringBack } from './BringBack';
import { SaveCopy } from './SaveCopy';
import './mydata.css';

/** /my-data — the person's data is theirs: a copy to keep, bring it back, or take it all away. */
export default function MyDataPage() {
  const t = useT();
  const removed =
    typeof location !== 'undefined' && new URLSearchParams(location.search).has('removed');
  return (
    <PageFrame
      title={t('mydata:title')}
      symbol="my-data"
      lede={t('mydata:lede')}
      up={{ href: screenHref('settings'), label: t('mydata:up') }}
    >
      {removed && <Notice title={t('mydata:remove.removed')} />}
      <section class="mydata-section" aria-labelledby="mydata-save">
        <div class="mydata-section__head">
          <Picture symbol="save-copy" alt="" size="small" />
          <h2 id="mydata-save">{t('mydata:save.title')}</h2>
        </div>
        <p>{t('mydata:save.what')}</p>
        <p>{t('mydata:save.media')}</p>
        <p>{t('mydata:save.open')}</p>
        <SaveCopy />
      </section>
      <section class="mydata-section" aria-labelledby="mydata-restore">
        <div class="mydata-section__head">
          <Picture symbol="bring-back" alt="" size="small" />
          <h2 id="mydata-restore">{t('mydata:restore.title')}</h2>
        </div>
        <p>{t('mydata:restore.what')}</p>
        <p>{t('mydata:restore.safe')}</p>
        <BringBack />
      </section>
      <section class="mydata-section" aria-labelledby="mydata-remove">
        <div class="mydata-section__head">
          <Picture symbol="delete" alt="" size="small" />
          <h2 id="mydata-remove">{t('mydata:remove.title')}</h2>
        </div>
        <p>{t('mydata:remove.linkHint')}</p>
        <div class="mydata-action">
          <LinkButton href={screenHref('myDataRemove')} symbol="delete">
            {t('mydata:remove.link')}
          </LinkButton>
        </div>
      </section>
    </PageFrame>
  );
}
