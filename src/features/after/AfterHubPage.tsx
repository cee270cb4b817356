import { useT } from '../../i18n/useT';
import { screenHref } from '../../routes/screens';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { Tile } from '../../ui/Tile';
import { HelpNowButton } from './crisis/HelpNowButton';
import { AFTER_SECTIONS } from './sections';

/** /after — "After my review": the report, the actions, the diary, help in a crisis and more. */
export default function AfterHubPage() {
  const t = useT();
  const sentences = [
    t('after:hub.title'),
    t('after:hub.lede'),
    ...AFTER_SECTIONS.flatMap((s) => [
      t(`after:hub.sections.${s.key}.label`),
      t(`after:hub.sections.${s.key}.hint`),
    ]),
  ];
  return (
    <PageFrame
      title={t('after:hub.title')}
      symbol="after-review"
      lede={t('after:hub.lede')}
      titleActions={
        <ReadAloud id="after-hub" label={t('after:hub.readPage')} sentences={sentences} />
      }
    >
      <HelpNowButton />
      <ul class="tiles">
        {AFTER_SECTIONS.map((s) => (
          <li key={s.key}>
            <Tile
              href={screenHref(s.screen)}
              symbol={s.symbol}
              label={t(`after:hub.sections.${s.key}.label`)}
              hint={t(`after:hub.sections.${s.key}.hint`)}
              preload={s.preload}
            />
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
