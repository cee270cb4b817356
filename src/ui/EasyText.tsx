import { Fragment } from 'preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { easySentences, sentenceText, type Segment } from '../shared/easyText';
import { SpeakButton } from './SpeakButton';
import { speechState } from './speechState';
import { useStore } from './useStore';
import { WordMeaning } from './WordMeaning';

export interface EasyTextProps {
  /** Words from a locale file, with hard words marked [[like this]] (src/shared/easyText.ts). */
  text: string;
  /** The read-aloud queue this text is part of (a page), so its sentences light up when read. */
  queue?: string;
  /** Index of this text's first sentence within that queue. */
  offset?: number;
  /** A speaker button after each sentence, to hear just that sentence. */
  speakEach?: boolean;
  /** Hard words open their meaning in place; on the glossary page they link to the entry. */
  terms?: 'explain' | 'link';
}

interface Open {
  sentence: number;
  key: string;
  term: string;
}

/**
 * Easy-read words: one sentence to a line, each hard word a button that shows what it means right
 * under its sentence (a disclosure: keyboard, screen reader and read-aloud all work), and, if
 * asked, a speaker after each sentence. The words are always rendered as text, never as HTML.
 */
export function EasyText({ text, queue, offset = 0, speakEach, terms = 'explain' }: EasyTextProps) {
  const t = useT();
  const id = useId();
  const sentences = useMemo(() => easySentences(text), [text]);
  const speech = useStore(speechState);
  const [open, setOpen] = useState<Open | null>(null);
  const words = useRef(new Map<string, HTMLButtonElement>());
  const own = queue ?? `text:${id}`;

  const close = () => {
    const button = open && words.current.get(open.key);
    setOpen(null);
    button?.focus();
  };

  const renderSegment = (seg: Segment, sentence: number, k: number) => {
    if (seg.kind === 'text') return seg.text;
    if (terms === 'link')
      return (
        <a key={k} href={`#${seg.term}`} class="hard-word-link">
          {seg.text}
        </a>
      );
    const key = `${sentence}:${k}`;
    const expanded = open?.key === key;
    return (
      <button
        key={k}
        type="button"
        class="hard-word"
        aria-expanded={expanded}
        aria-controls={expanded ? `${id}-meaning` : undefined}
        ref={(el) => {
          if (el) words.current.set(key, el);
          else words.current.delete(key);
        }}
        onClick={() => setOpen(expanded ? null : { sentence, key, term: seg.term })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && expanded) {
            e.stopPropagation();
            setOpen(null);
          }
        }}
      >
        {seg.text}
      </button>
    );
  };

  return (
    <div class="easy-text">
      {sentences.map((segments, i) => {
        const sentenceId = `${id}-s${i}`;
        const mine = `${own}#${offset + i}`;
        const lit = (speech.queue === own && speech.index === offset + i) || speech.queue === mine;
        return (
          <Fragment key={i}>
            <p class="easy-text__sentence">
              <span id={sentenceId} class={lit ? 'sentence sentence--speaking' : 'sentence'}>
                {segments.map((seg, k) => renderSegment(seg, i, k))}
              </span>
              {speakEach && (
                <SpeakButton
                  iconOnly
                  queue={mine}
                  sentences={[sentenceText(segments)]}
                  label={t('common:readAloud.sentence')}
                  describedBy={sentenceId}
                />
              )}
            </p>
            {open?.sentence === i && (
              <WordMeaning id={`${id}-meaning`} term={open.term} onClose={close} />
            )}
          </Fragment>
        );
      })}
    </div>
  );
}
