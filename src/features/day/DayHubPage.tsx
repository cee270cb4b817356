import { singletonRef, useCurrentPlan, useRecord } from '../../data';
import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { Tile } from '../../ui/Tile';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { reviewWhen } from './reviewDate';
import { ReviewWhenCard, whenSentences } from './ReviewWhenCard';
import './day.css';

const TOOLS = [
  { href: '/day/timetable', symbol: 'timetable', key: 'timetable' },
  { href: '/day/whos-who', symbol: 'whos-who', key: 'whosWho' },
  { href: '/day/cards', symbol: 'cards', key: 'cards' },
  { href: '/day/communication', symbol: 'talk', key: 'communication' },
] as const;

/** /day — "My review day": when the review is, and the aids to use on the day. */
export default function DayHubPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const review = useRecord(plan ? singletonRef(plan.id, 'review').id : undefined);
  const when = review === undefined ? undefined : reviewWhen(review?.data);
  const sentences = [
    t('day:hub.title'),
    t('day:hub.lede'),
    ...(when === undefined ? [] : whenSentences(t, when)),
    ...TOOLS.flatMap((tool) => [
      t(`day:hub.tiles.${tool.key}.label`),
      t(`day:hub.tiles.${tool.key}.hint`),
    ]),
  ];
  return (
    <PageFrame
      title={t('day:hub.title')}
      symbol="review-day"
      lede={t('day:hub.lede')}
      titleActions={<ReadAloud id="day-hub" label={t('day:hub.readPage')} sentences={sentences} />}
    >
      {when !== undefined && <ReviewWhenCard when={when} />}
      <h2>{t('day:hub.toolsTitle')}</h2>
      <ul class="tiles">
        {TOOLS.map((tool) => (
          <li key={tool.href}>
            <Tile
              href={tool.href}
              symbol={tool.symbol}
              label={t(`day:hub.tiles.${tool.key}.label`)}
              hint={t(`day:hub.tiles.${tool.key}.hint`)}
            />
          </li>
        ))}
      </ul>
      <p>
        <WhatIsThis page="the-day" label={t('day:hub.learn')} />
      </p>
    </PageFrame>
  );
}
