import { useContext, useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { easySentences, sentenceText } from '../../shared/easyText';
import { PreferencesContext } from '../../ui/preferences';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { BackLink } from './BackLink';
import { GlossaryEntryItem } from './GlossaryEntryItem';
import { glossaryLetters } from './glossaryEntries';
import './learn.css';

/** The entry named in the address (/learn/words#advocate), if there is one. */
function useTargetEntry(): string {
  const [target, setTarget] = useState('');
  useEffect(() => {
    const show = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const entry = id ? document.getElementById(id) : null;
      if (!entry?.classList.contains('glossary-entry')) return;
      setTarget(id);
      // After the page frame has put focus on the title (it does so on every new screen).
      setTimeout(() => {
        entry.focus({ preventScroll: true });
        entry.scrollIntoView({ block: 'start' });
      }, 0);
    };
    show();
    addEventListener('hashchange', show);
    return () => removeEventListener('hashchange', show);
  }, []);
  return target;
}

/** /learn/words — every hard word, A to Z, with its picture and meaning, each one read aloud. */
export default function GlossaryPage() {
  const t = useT();
  const { language } = useContext(PreferencesContext);
  const letters = glossaryLetters(t, language);
  const target = useTargetEntry();
  const sentences: string[] = [t('glossary:title')];
  const offsets = new Map<string, number>();
  for (const { items } of letters) {
    for (const item of items) {
      sentences.push(item.word);
      offsets.set(item.id, sentences.length);
      sentences.push(...easySentences(item.text).map(sentenceText));
    }
  }
  return (
    <PageFrame
      title={t('glossary:title')}
      symbol="words"
      lede={t('glossary:lede')}
      titleActions={
        <ReadAloud id="glossary" label={t('glossary:readPage')} sentences={sentences} />
      }
    >
      <BackLink />
      <nav class="glossary-index no-print" aria-label={t('glossary:indexLabel')}>
        <ul>
          {letters.map(({ letter }) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map(({ letter, items }) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`} class="glossary-letter">
            {letter}
          </h2>
          <ul class="easy-list">
            {items.map((item) => (
              <GlossaryEntryItem
                key={item.id}
                item={item}
                queue="glossary"
                offset={offsets.get(item.id)!}
                target={item.id === target}
              />
            ))}
          </ul>
        </section>
      ))}
    </PageFrame>
  );
}
