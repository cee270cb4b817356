import { isSymbolId } from '../content/symbols';
import { wordHref } from '../content/learnPages';
import { useNamespaces } from '../i18n/useNamespaces';
import { useT } from '../i18n/useT';
import { plainText } from '../shared/easyText';
import { splitSentences } from '../shared/text';
import { Button } from './Button';
import { Picture } from './Picture';
import { SpokenText } from './ReadAloud';
import { SpeakButton } from './SpeakButton';

export interface WordMeaningProps {
  id: string;
  term: string;
  onClose: () => void;
}

/**
 * What a hard word means, shown in place under the sentence that uses it: its picture, a short
 * explanation that can be read aloud, and a way to the list of all the hard words. Escape or
 * Close shuts it, and focus goes back to the word.
 */
export function WordMeaning({ id, term, onClose }: WordMeaningProps) {
  const t = useT();
  const ready = useNamespaces(['glossary']);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  if (!ready) {
    return (
      <div id={id} class="word-meaning">
        <p>{t('common:loading')}</p>
      </div>
    );
  }
  const word = t(`glossary:terms.${term}.word`);
  const symbol = t(`glossary:terms.${term}.symbol`);
  const sentences = splitSentences(plainText(t(`glossary:terms.${term}.text`)));
  const queue = `word:${term}`;
  return (
    // Escape is a shortcut here; the Close button does the same for everyone.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div id={id} class="word-meaning" role="group" aria-label={word} onKeyDown={onKeyDown}>
      {isSymbolId(symbol) && (
        <Picture symbol={symbol} alt={t(`glossary:terms.${term}.alt`)} size="medium" />
      )}
      <div class="word-meaning__body">
        <p class="word-meaning__word">{word}</p>
        <p class="word-meaning__text">
          <SpokenText queue={queue} sentences={sentences} offset={1} />
        </p>
        <div class="word-meaning__actions">
          <SpeakButton
            queue={queue}
            sentences={[word, ...sentences]}
            label={t('glossary:hear')}
            context={word}
          />
          <a href={wordHref(term)} class="word-meaning__link">
            {t('glossary:allWords')}
          </a>
          <Button variant="secondary" symbol="close" onPress={onClose}>
            {t('glossary:close')}
          </Button>
        </div>
      </div>
    </div>
  );
}
