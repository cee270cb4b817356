import {
  LEARN_TOPICS,
  learnHref,
  PICTURES_CREDIT_PATH,
  WORDS_PATH,
} from '../../content/learnPages';
import { isSymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { useLocation } from 'preact-iso';
import { withBack } from '../../ui/returnPlace';
import { Tile } from '../../ui/Tile';
import { MY_PHOTOS_PATH } from '../pictures/paths';
import { BackLink } from './BackLink';
import { safeBack } from './learnContent';
import './learn.css';

/** /learn — the list of easy-read pages, in reading order, and the other help there is. */
export default function LearnContentsPage() {
  const t = useT();
  // Reached from a question's "What is this?": every page read from here keeps the way back.
  const back = safeBack(useLocation().query.back);
  const topics = LEARN_TOPICS.map((topic) => {
    const symbol = t(`learn:pages.${topic.id}.symbol`);
    const hint = t(`learn:pages.${topic.id}.hint`);
    return {
      id: topic.id,
      title: t(`learn:pages.${topic.id}.title`),
      hint:
        topic.pages.length > 1
          ? `${hint} ${t('learn:contents.morePages', { count: topic.pages.length })}.`
          : hint,
      symbol: isSymbolId(symbol) ? symbol : ('book' as const),
    };
  });
  const more = [
    { href: WORDS_PATH, symbol: 'words', label: 'words', hint: 'wordsHint' },
    { href: MY_PHOTOS_PATH, symbol: 'photo', label: 'myPhotos', hint: 'myPhotosHint' },
    { href: PICTURES_CREDIT_PATH, symbol: 'pictures', label: 'pictures', hint: 'picturesHint' },
  ] as const;
  const sentences = [
    t('learn:contents.title'),
    t('learn:contents.lede'),
    ...topics.flatMap((x) => [x.title, x.hint]),
  ];
  return (
    <PageFrame
      title={t('learn:contents.title')}
      symbol="book"
      lede={t('learn:contents.lede')}
      titleActions={
        <ReadAloud id="learn-contents" label={t('learn:contents.readPage')} sentences={sentences} />
      }
    >
      <BackLink />
      <h2>{t('learn:contents.topicsTitle')}</h2>
      <ol class="tiles learn-topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <Tile
              href={back ? withBack(learnHref(topic.id), back) : learnHref(topic.id)}
              symbol={topic.symbol}
              label={topic.title}
              hint={topic.hint}
            />
          </li>
        ))}
      </ol>
      <h2>{t('learn:contents.moreTitle')}</h2>
      <ul class="tiles">
        {more.map((m) => (
          <li key={m.href}>
            <Tile
              href={m.href}
              symbol={m.symbol}
              label={t(`learn:contents.${m.label}`)}
              hint={t(`learn:contents.${m.hint}`)}
            />
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
