import { useEffect, useRef } from 'preact/hooks';
import { Picture } from '../../ui/Picture';
import type { Card, CardId } from './cards';

export interface CardGridProps {
  cards: Card[];
  onPick: (id: CardId) => void;
  /** The card to put focus on (the one just shown big), so a keyboard user keeps their place. */
  focusCard?: CardId | null;
}

/** The communication cards as big buttons: one tap shows a card big. */
export function CardGrid({ cards, onPick, focusCard }: CardGridProps) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusCard) list.current?.querySelector<HTMLElement>(`[data-card="${focusCard}"]`)?.focus();
  }, [focusCard]);
  return (
    <ul class="card-grid" ref={list}>
      {cards.map((card) => (
        <li key={card.id}>
          <button
            type="button"
            class={`card-grid__card card-grid__card--${card.id}`}
            data-card={card.id}
            onClick={() => onPick(card.id)}
          >
            <Picture symbol={card.symbol} alt="" size="large" />
            <span class="card-grid__label">{card.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
