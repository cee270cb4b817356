import attribution from '../../../assets/symbols/attribution.json';
import { isSymbolId } from '../../content/symbols';
import type { LearnBlock } from '../../content/learnPages';
import { useT } from '../../i18n/useT';
import { easySentences, sentenceText } from '../../shared/easyText';
import { EasyText } from '../../ui/EasyText';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { PhotoLookupContext } from '../../ui/photos';
import { Picture } from '../../ui/Picture';
import { ReadAloud } from '../../ui/ReadAloud';
import { MY_PHOTOS_PATH } from './paths';
import './pictures.css';

/** Designer -> the symbols they drew, from the list scripts/symbols.mjs writes. */
function byDesigner() {
  const out = new Map<string, string[]>();
  for (const s of attribution.symbols) out.set(s.designer, [...(out.get(s.designer) ?? []), s.id]);
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const noPhotos = () => undefined;

/** /learn/pictures — who made the pictures, and their licence (OpenMoji, CC BY-SA 4.0). */
export default function PicturesCreditPage() {
  const t = useT();
  const blocks = t('pictures:credit.blocks', { returnObjects: true }) as LearnBlock[];
  const sentences = [t('pictures:credit.title'), t('pictures:credit.lede')];
  const offsets = blocks.map((b) => {
    const at = sentences.length;
    sentences.push(...easySentences(b.text).map(sentenceText));
    return at;
  });
  return (
    <PageFrame
      title={t('pictures:credit.title')}
      symbol="pictures"
      lede={t('pictures:credit.lede')}
      titleActions={
        <ReadAloud
          id="pictures-credit"
          label={t('pictures:credit.readPage')}
          sentences={sentences}
        />
      }
    >
      <ul class="easy-list">
        {blocks.map((b, i) => (
          <li key={i} class="easy-list__item">
            {isSymbolId(b.symbol) && <Picture symbol={b.symbol} alt={b.alt} size="large" />}
            <EasyText text={b.text} queue="pictures-credit" offset={offsets[i]} speakEach />
          </li>
        ))}
      </ul>
      <dl class="credit-facts">
        <dt>{t('pictures:credit.licence')}</dt>
        <dd>
          <a href={attribution.licenceUrl} rel="license external">
            {attribution.licenceName} ({attribution.licence})
          </a>
        </dd>
        <dt>{t('pictures:credit.website')}</dt>
        <dd>
          <a href={attribution.url} rel="external">
            {attribution.source} {attribution.version}
          </a>
        </dd>
      </dl>
      <p>{t('pictures:credit.changes')}</p>
      <h2>{t('pictures:credit.designersTitle')}</h2>
      {/* The drawings as OpenMoji made them: not the person's own photos. */}
      <PhotoLookupContext.Provider value={noPhotos}>
        <ul class="credit-designers">
          {byDesigner().map(([designer, ids]) => (
            <li key={designer}>
              <span class="credit-designers__name">{designer}</span>{' '}
              <span>{t('pictures:credit.count', { count: ids.length })}</span>
              <span class="credit-designers__pictures">
                {ids.filter(isSymbolId).map((id) => (
                  <Picture key={id} symbol={id} alt={t(`pictures:names.${id}`)} size="small" />
                ))}
              </span>
            </li>
          ))}
        </ul>
      </PhotoLookupContext.Provider>
      <LinkButton href={MY_PHOTOS_PATH} symbol="photo">
        {t('pictures:credit.myPhotos')}
      </LinkButton>
    </PageFrame>
  );
}
