// Reads an easy-read page's content from the locale files and lays out its sentences for
// read-aloud: the whole page is one queue (title, lede, then each paragraph), so the sentence
// being read lights up wherever it is on the page.
import type { TFunction } from 'i18next';
import type { LearnBlock, LearnPageId } from '../../content/learnPages';
import { isSymbolId, type SymbolId } from '../../content/symbols';
import { easySentences, sentenceText } from '../../shared/easyText';

export interface LearnPageContent {
  title: string;
  lede: string;
  symbol: SymbolId;
  blocks: LearnBlock[];
  /** Every sentence of the page in reading order, as read aloud. */
  sentences: string[];
  /** Where the lede's and each block's sentences start in `sentences`. */
  ledeOffset: number;
  blockOffsets: number[];
}

const spoken = (text: string) => easySentences(text).map(sentenceText);

export function learnPageContent(t: TFunction, id: LearnPageId): LearnPageContent {
  const title = t(`learn:pages.${id}.title`);
  const lede = t(`learn:pages.${id}.lede`);
  const symbol = t(`learn:pages.${id}.symbol`);
  const raw = t(`learn:pages.${id}.blocks`, { returnObjects: true });
  const blocks = Array.isArray(raw) ? (raw as LearnBlock[]) : [];
  const sentences = [title, ...spoken(lede)];
  const blockOffsets = blocks.map((b) => {
    const at = sentences.length;
    sentences.push(...spoken(b.text));
    return at;
  });
  return {
    title,
    lede,
    symbol: isSymbolId(symbol) ? symbol : 'book',
    blocks,
    sentences,
    ledeOffset: 1,
    blockOffsets,
  };
}

/** A "go back" address from another screen, only if it is a page of this app. */
export function safeBack(value: unknown): string | undefined {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : undefined;
}
