import type { SymbolId } from '../../../content/symbols';
import type { Author, Scale } from '../answers';

export const SCALE_SYMBOL: Record<Scale, SymbolId> = {
  good: 'good',
  notSure: 'not-sure',
  notGood: 'not-good',
};

export const AUTHOR_SYMBOL: Record<Author, SymbolId> = {
  me: 'person',
  supporterWrote: 'writing',
  supporterView: 'hug',
};
