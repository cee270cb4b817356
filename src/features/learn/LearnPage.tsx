import { useState } from 'preact/hooks';
import { isLearnPageId, LEARN_PATH, learnPlace, type LearnPageId } from '../../content/learnPages';
import { useT } from '../../i18n/useT';
import { EasyText } from '../../ui/EasyText';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { ChangePicturesToggle } from '../pictures/ChangePicturesToggle';
import { BackLink } from './BackLink';
import { LearnBlockItem } from './LearnBlockItem';
import { learnPageContent } from './learnContent';
import { LearnPager } from './LearnPager';
import './learn.css';

/** /learn/:id — one easy-read page. */
export default function LearnPage(props: Record<string, unknown>) {
  const params = props.params as { id?: string } | undefined;
  const id = params?.id ?? '';
  if (!isLearnPageId(id)) return <LearnNotFound />;
  // A new page starts fresh: no hard word open, not in the middle of changing pictures.
  return <LearnPageView key={id} id={id} />;
}

function LearnPageView({ id }: { id: LearnPageId }) {
  const t = useT();
  const [changing, setChanging] = useState(false);
  const page = learnPageContent(t, id);
  const place = learnPlace(id);
  const queue = `learn:${id}`;
  return (
    <PageFrame
      title={page.title}
      symbol={page.symbol}
      titleActions={
        <ReadAloud id={queue} label={t('learn:page.readPage')} sentences={page.sentences} />
      }
    >
      <BackLink />
      {place.parts > 1 && (
        <p class="learn-part">
          {t('learn:page.part', {
            part: place.part,
            count: place.parts,
            topic: t(`learn:pages.${place.topic}.title`),
          })}
        </p>
      )}
      <div class="lede learn-lede">
        <EasyText text={page.lede} queue={queue} offset={page.ledeOffset} speakEach />
      </div>
      <ul class="easy-list learn-blocks">
        {page.blocks.map((block, i) => (
          <LearnBlockItem
            key={i}
            block={block}
            queue={queue}
            offset={page.blockOffsets[i]!}
            changing={changing}
          />
        ))}
      </ul>
      <LearnPager place={place} />
      <ChangePicturesToggle on={changing} onChange={setChanging} />
    </PageFrame>
  );
}

function LearnNotFound() {
  const t = useT();
  return (
    <PageFrame title={t('common:notFound.title')} symbol="warning">
      <p>{t('learn:page.notFound')}</p>
      <LinkButton href={LEARN_PATH} symbol="contents" variant="primary">
        {t('learn:page.contents')}
      </LinkButton>
    </PageFrame>
  );
}
