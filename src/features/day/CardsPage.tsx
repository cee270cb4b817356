import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { WhatIsThis } from '../../ui/WhatIsThis';
import { ChangePictureButton } from '../pictures/ChangePictureButton';
import { ChangePicturesToggle } from '../pictures/ChangePicturesToggle';
import { CardGrid } from './CardGrid';
import { cards, type CardId } from './cards';
import { CardsOverlay } from './CardsOverlay';
import './day.css';

/** /day/cards — the communication cards; a tap shows one full screen. */
export default function CardsPage() {
  const t = useT();
  const all = cards(t);
  const [shown, setShown] = useState<CardId | null>(null);
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  return (
    <PageFrame
      title={t('day:cards.title')}
      symbol="cards"
      lede={t('day:cards.lede')}
      up={{ href: '/day', label: t('day:up') }}
      titleActions={
        <ReadAloud
          id="cards-page"
          label={t('day:cards.readPage')}
          sentences={[t('day:cards.lede'), t('day:cards.hint'), ...all.map((c) => c.label)]}
        />
      }
    >
      <p>{t('day:cards.hint')}</p>
      <CardGrid
        cards={all}
        onPick={(id) => {
          setShown(id);
          setOpen(true);
        }}
      />
      {changing && (
        <ul class="change-list">
          {all.map((card) => (
            <li key={card.id}>
              <ChangePictureButton symbol={card.symbol} alt={card.label} />
            </li>
          ))}
        </ul>
      )}
      <ChangePicturesToggle on={changing} onChange={setChanging} />
      <p>
        <WhatIsThis page="taking-part" label={t('day:cards.learn')} />
      </p>
      <CardsOverlay isOpen={open} initial={shown} onClose={() => setOpen(false)} />
    </PageFrame>
  );
}
