import { useT } from '../../i18n/useT';
import { isSymbolId } from '../../content/symbols';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud, SpokenText } from '../../ui/ReadAloud';
import { splitSentences } from '../../shared/text';
import { versionText } from './versionText';

interface HelpItem {
  symbol: string;
  alt: string;
  text: string;
}

export default function HelpPage() {
  const t = useT();
  const items = t('help:items', { returnObjects: true }) as HelpItem[];
  const blocks = items.map((item) => splitSentences(item.text));
  const offsets = blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.length, 0));
  return (
    <PageFrame
      title={t('help:title')}
      symbol="help"
      lede={t('help:lede')}
      titleActions={<ReadAloud id="help" label={t('help:readPage')} sentences={blocks.flat()} />}
    >
      <ul class="easy-list">
        {items.map((item, i) => (
          <li key={i} class="easy-list__item">
            {isSymbolId(item.symbol) && (
              <Picture symbol={item.symbol} alt={item.alt} size="large" />
            )}
            <p>
              <SpokenText queue="help" sentences={blocks[i]!} offset={offsets[i]} />
            </p>
          </li>
        ))}
      </ul>
      <LinkButton href="/settings" symbol="settings">
        {t('help:settingsLink')}
      </LinkButton>
      <p class="version">{versionText(__BUILD_ID__, t)}</p>
    </PageFrame>
  );
}
