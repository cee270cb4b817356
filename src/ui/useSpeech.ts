import { useContext, useState } from 'preact/hooks';
import { useT } from '../i18n/useT';
import { noVoiceMessage, type SpeakResult } from './noVoice';
import { PreferencesContext } from './preferences';
import { loadSpeech } from './speaking';
import { speechState } from './speechState';
import { useStore } from './useStore';

/**
 * Reading aloud as the person set it up (their voice, speed and language), for the read-aloud
 * buttons: whether it is on, what is being read now, and what to say when no voice could start.
 */
export function useSpeech() {
  const t = useT();
  const prefs = useContext(PreferencesContext);
  const state = useStore(speechState);
  const [result, setResult] = useState<SpeakResult | null>(null);
  const say = async (queue: string, sentences: string[]) => {
    // Precached with the app, so this fails only on a tablet that never finished installing it,
    // offline: nothing is read and nothing is claimed, and the next press tries again.
    const speech = await loadSpeech().catch(() => null);
    if (!speech) return;
    const outcome = await speech.speak(queue, sentences, {
      voice: prefs.voice,
      rate: prefs.speechRate,
      lang: prefs.language,
    });
    setResult(outcome);
  };
  return {
    on: prefs.readAloud,
    state,
    say,
    noVoice: noVoiceMessage(t, result, prefs.language),
  };
}
