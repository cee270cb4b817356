import { useT } from '../i18n/useT';
import { PlainButton } from './PlainButton';
import { pauseSpeaking, resumeSpeaking, stopSpeaking } from './speaking';
import { speechState } from './speechState';
import { useSpeech } from './useSpeech';
import { useStore } from './useStore';

export interface ReadAloudProps {
  /** Names this block, so its sentences can be highlighted while they are read. */
  id: string;
  /** The sentences, or a way to gather them when the button is pressed (what the screen shows). */
  sentences: string[] | (() => string[]);
  /** The button's words, e.g. "Read this page aloud". */
  label?: string;
}

/**
 * Buttons to read a block or a page aloud, pause, carry on and stop. Hidden when the person has
 * turned read-aloud off. It never speaks on its own: only when the button is pressed.
 */
export function ReadAloud({ id, sentences, label }: ReadAloudProps) {
  const t = useT();
  const { on, state, say, noVoice } = useSpeech();
  if (!on) return null;
  const mine = state.queue === id;

  const start = () => say(id, typeof sentences === 'function' ? sentences() : sentences);

  return (
    <div class="read-aloud no-print">
      {!mine && (
        <PlainButton variant="secondary" symbol="read-aloud" onClick={() => void start()}>
          {label ?? t('common:readAloud.start')}
        </PlainButton>
      )}
      {mine && state.status === 'speaking' && (
        <PlainButton variant="secondary" symbol="pause" onClick={pauseSpeaking}>
          {t('common:readAloud.pause')}
        </PlainButton>
      )}
      {mine && state.status === 'paused' && (
        <PlainButton variant="secondary" symbol="play" onClick={resumeSpeaking}>
          {t('common:readAloud.resume')}
        </PlainButton>
      )}
      {mine && (
        <PlainButton variant="secondary" symbol="stop" onClick={stopSpeaking}>
          {t('common:readAloud.stop')}
        </PlainButton>
      )}
      <p role="status" class="read-aloud__status">
        {noVoice}
      </p>
    </div>
  );
}

export interface SpokenTextProps {
  queue: string;
  sentences: string[];
  /** Index of the first sentence within the queue (when a page is read as one queue). */
  offset?: number;
}

/** Sentences that light up one at a time while they are read aloud. */
export function SpokenText({ queue, sentences, offset = 0 }: SpokenTextProps) {
  const state = useStore(speechState);
  return (
    <>
      {sentences.map((s, i) => (
        <span
          key={i}
          class={
            state.queue === queue && state.index === offset + i
              ? 'sentence sentence--speaking'
              : 'sentence'
          }
        >
          {s}{' '}
        </span>
      ))}
    </>
  );
}
