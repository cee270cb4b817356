import { useT } from '../i18n/useT';
import { Button } from './Button';
import { HiddenContext } from './HiddenContext';
import { stopSpeaking } from './speaking';
import { useSpeech } from './useSpeech';

export interface SpeakButtonProps {
  /** Names what is read, so its sentences can light up while they are read. */
  queue: string;
  sentences: string[];
  /** The button's words, e.g. "Hear this sentence". */
  label: string;
  /** What it reads, for screen readers when the same words repeat: "Hear what it means (advocate)". */
  context?: string;
  /** Only the speaker picture shows; the words are still the button's name for screen readers. */
  iconOnly?: boolean;
  /** The id of what the button reads (e.g. the sentence), read with the button's name. */
  describedBy?: string;
  variant?: 'secondary' | 'quiet' | 'primary';
}

/**
 * One button that reads something short aloud (a sentence, a word's meaning, a card), and stops it
 * if pressed again. Hidden when read-aloud is off; it never speaks unless pressed. If the tablet
 * has no voice, it says so beside the button instead of failing silently.
 */
export function SpeakButton(props: SpeakButtonProps) {
  const { queue, sentences, label, context, iconOnly, describedBy, variant = 'secondary' } = props;
  const t = useT();
  const { on, state, say, noVoice } = useSpeech();
  if (!on) return null;
  const speaking = state.queue === queue && state.status !== 'idle';
  const words = speaking ? t('common:readAloud.stop') : label;

  const press = () => (speaking ? stopSpeaking() : say(queue, sentences));

  return (
    <>
      <Button
        variant={variant}
        symbol={speaking ? 'stop' : 'read-aloud'}
        onPress={press}
        aria-describedby={describedBy}
        class={`speak-button no-print${iconOnly ? ' button--icon' : ''}`}
      >
        {iconOnly ? <span class="visually-hidden">{words}</span> : words}
        {context && <HiddenContext>{context}</HiddenContext>}
      </Button>
      {noVoice && (
        <span role="alert" class="speak-button__note">
          {noVoice}
        </span>
      )}
    </>
  );
}
