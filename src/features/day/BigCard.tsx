import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Picture } from '../../ui/Picture';
import { SpeakButton } from '../../ui/SpeakButton';
import type { Card } from './cards';

export interface BigCardProps {
  card: Card;
  onBack: () => void;
  onClose: () => void;
}

/** One card filling the screen, black on white, to hold up to the room; it can say its words. */
export function BigCard({ card, onBack, onClose }: BigCardProps) {
  const t = useT();
  const words = useRef<HTMLParagraphElement>(null);
  useEffect(() => words.current?.focus(), [card.id]);
  return (
    <div class={`big-card big-card--${card.id}`}>
      <div class="big-card__face">
        <Picture symbol={card.symbol} alt="" size="large" />
        <p class="big-card__words" ref={words} tabIndex={-1}>
          {card.label}
        </p>
      </div>
      <div class="big-card__actions">
        <SpeakButton
          queue={`card:${card.id}`}
          sentences={[card.label]}
          label={t('day:cards.say')}
          variant="primary"
        />
        <Button variant="secondary" symbol="cards" onPress={onBack}>
          {t('day:cards.all')}
        </Button>
        <Button variant="secondary" symbol="close" onPress={onClose}>
          {t('day:cards.close')}
        </Button>
      </div>
    </div>
  );
}
