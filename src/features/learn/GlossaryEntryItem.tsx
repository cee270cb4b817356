import { isSymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { easySentences, sentenceText } from '../../shared/easyText';
import { EasyText } from '../../ui/EasyText';
import { Picture } from '../../ui/Picture';
import { SpeakButton } from '../../ui/SpeakButton';
import type { GlossaryItem } from './glossaryEntries';

export interface GlossaryEntryItemProps {
  item: GlossaryItem;
  queue: string;
  offset: number;
  /** This is the entry the person came to see (from a link to /learn/words#id). */
  target: boolean;
}

/** One hard word: its picture, the word, what it means, and a button to hear it. */
export function GlossaryEntryItem({ item, queue, offset, target }: GlossaryEntryItemProps) {
  const t = useT();
  const symbol = isSymbolId(item.symbol) ? item.symbol : null;
  const headingId = `word-${item.id}`;
  return (
    <li
      id={item.id}
      tabIndex={-1}
      aria-labelledby={headingId}
      class={`easy-list__item glossary-entry${target ? ' glossary-entry--target' : ''}`}
    >
      {symbol && <Picture symbol={symbol} alt={item.alt} size="large" />}
      <div class="glossary-entry__words">
        <h3 id={headingId} class="glossary-entry__word">
          {item.word}
        </h3>
        <EasyText text={item.text} queue={queue} offset={offset} terms="link" />
        <SpeakButton
          queue={`word:${item.id}`}
          sentences={[item.word, ...easySentences(item.text).map(sentenceText)]}
          label={t('glossary:hear')}
          context={item.word}
        />
      </div>
    </li>
  );
}
