// The communication cards the person can hold up on the day (NHS "About me" guide: at any time
// they can say they need something, have a question, or need to stop or take a break). Their
// words and pictures are content: locales/<lang>/day.json, "cards.items.<id>".
import type { TFunction } from 'i18next';
import { isSymbolId, type SymbolId } from '../../content/symbols';

export const CARD_IDS = [
  'break',
  'help',
  'question',
  'stop',
  'dontUnderstand',
  'yes',
  'no',
  'notSure',
] as const;

export type CardId = (typeof CARD_IDS)[number];

export interface Card {
  id: CardId;
  label: string;
  symbol: SymbolId;
}

export function cards(t: TFunction): Card[] {
  return CARD_IDS.map((id) => {
    const symbol = t(`day:cards.items.${id}.symbol`);
    return {
      id,
      label: t(`day:cards.items.${id}.label`),
      symbol: isSymbolId(symbol) ? symbol : 'speech',
    };
  });
}
