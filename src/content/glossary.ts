// The hard words explained in the glossary (locales/<lang>/glossary.json, "terms"). Marked in text
// as [[word]] (see src/shared/easyText.ts); this type lets screens link to one by its id.
type Glossary = typeof import('../../locales/en/glossary.json');

export type GlossaryTermId = keyof Glossary['terms'];

export interface GlossaryEntry {
  word: string;
  text: string;
  symbol: string;
  alt: string;
}
