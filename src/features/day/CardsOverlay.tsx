import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { BigCard } from './BigCard';
import { CardGrid } from './CardGrid';
import { cards, type CardId } from './cards';
import './day.css';

export interface CardsOverlayProps {
  isOpen: boolean;
  onClose: () => void;
  /** Open straight at this card (from the cards page). */
  initial?: CardId | null;
}

/**
 * The communication cards over whatever screen the person is on, filling the screen at high
 * contrast. Closing it (Close, or Escape) goes back to exactly where they were.
 */
export function CardsOverlay({ isOpen, onClose, initial }: CardsOverlayProps) {
  const t = useT();
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={t('day:cards.title')} fullScreen>
      <CardsView initial={initial ?? null} onClose={onClose} />
    </Dialog>
  );
}

function CardsView({ initial, onClose }: { initial: CardId | null; onClose: () => void }) {
  const t = useT();
  const all = cards(t);
  const [shown, setShown] = useState<CardId | null>(initial);
  const [last, setLast] = useState<CardId | null>(null);
  const card = all.find((c) => c.id === shown);
  if (card) {
    return (
      <BigCard
        card={card}
        onClose={onClose}
        onBack={() => {
          setLast(card.id);
          setShown(null);
        }}
      />
    );
  }
  return (
    <div class="cards-view">
      <p class="cards-view__hint">{t('day:cards.hint')}</p>
      <CardGrid cards={all} onPick={setShown} focusCard={last} />
      <div class="button-row">
        <Button variant="secondary" symbol="close" onPress={onClose}>
          {t('day:cards.close')}
        </Button>
      </div>
    </div>
  );
}
