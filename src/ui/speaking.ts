// Reading aloud from the buttons: loading the reading itself (speech.ts, the voices), pause, carry
// on and stop. speech.ts loads when Read aloud is first pressed: the first screen shows the button
// but does not need the voice.
import { speechState } from './speechState';

export const loadSpeech = () => import('./speech');

// Something is read only after speech.ts has loaded, so these load nothing new.

export function stopSpeaking(): void {
  if (speechState.get().status !== 'idle') void loadSpeech().then((m) => m.stop());
}

export function pauseSpeaking(): void {
  if (speechState.get().status === 'speaking') void loadSpeech().then((m) => m.pause());
}

export function resumeSpeaking(): void {
  if (speechState.get().status === 'paused') void loadSpeech().then((m) => m.resume());
}
