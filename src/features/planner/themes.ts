// The question cards of "What I want to say", by theme (domain.md §1.4: what the NHS "About me"
// guide says the panel may ask). Each theme's words are in locales/<lang>/planner.json under
// say.themes.<id>: a question and a hint.
import type { SymbolId } from '../../content/symbols';

export interface Theme {
  id: string;
  symbol: SymbolId;
}

export const THEMES: Theme[] = [
  { id: 'safe', symbol: 'safe' },
  { id: 'treated', symbol: 'heart' },
  { id: 'care', symbol: 'treatment' },
  { id: 'medicines', symbol: 'medicines' },
  { id: 'health', symbol: 'health' },
  { id: 'day', symbol: 'activities' },
  { id: 'live', symbol: 'house-garden' },
  { id: 'future', symbol: 'hopes' },
  { id: 'change', symbol: 'wrench' },
  { id: 'other', symbol: 'thought' },
];

export function findTheme(id: string | undefined): Theme | undefined {
  return THEMES.find((t) => t.id === id);
}
