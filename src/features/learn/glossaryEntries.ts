// The glossary as a sorted list grouped by first letter, for the "Hard words" page.
import type { TFunction } from 'i18next';
import type { GlossaryEntry } from '../../content/glossary';

export interface GlossaryItem extends GlossaryEntry {
  id: string;
}

export interface GlossaryLetter {
  letter: string;
  items: GlossaryItem[];
}

export function glossaryLetters(t: TFunction, language: string): GlossaryLetter[] {
  const terms = t('glossary:terms', { returnObjects: true }) as Record<string, GlossaryEntry>;
  const items = Object.entries(terms)
    .map(([id, e]) => ({ id, ...e }))
    .sort((a, b) => a.word.localeCompare(b.word, language, { sensitivity: 'base' }));
  const letters: GlossaryLetter[] = [];
  for (const item of items) {
    const letter = item.word.charAt(0).toLocaleUpperCase(language);
    const last = letters[letters.length - 1];
    if (last?.letter === letter) last.items.push(item);
    else letters.push({ letter, items: [item] });
  }
  return letters;
}
