// Read-aloud with the device's own voices (Web Speech API): no network, nothing sent anywhere.
// One sentence per utterance, so the sentence being read can be highlighted, and so Chrome's habit
// of cutting off long utterances after about 15 seconds never bites. It speaks only when asked.
import { speechState } from './speechState';

export { speechState, type SpeechState } from './speechState';

export interface SpeakOptions {
  voice?: string;
  rate?: number;
  lang?: string;
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** The voices this device has, waiting briefly for browsers that load them late. */
export async function listVoices(): Promise<SpeechSynthesisVoice[]> {
  const s = synth();
  if (!s) return [];
  const now = s.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => {
      s.removeEventListener?.('voiceschanged', done);
      resolve(s.getVoices());
    };
    s.addEventListener?.('voiceschanged', done);
    setTimeout(done, 1500);
  });
}

/**
 * The voice to read in: the person's choice if it speaks the app's language, else one that does.
 * Never a voice of another language: an English voice reading Urdu words helps nobody. Only for
 * English, where voices often do not say their language, is the device's default voice used.
 */
export function pickVoice(voices: SpeechSynthesisVoice[], opts: SpeakOptions) {
  const lang = (opts.lang ?? 'en').toLowerCase();
  const speaks = (v: SpeechSynthesisVoice) =>
    v.lang.toLowerCase().replace('_', '-').startsWith(lang);
  const chosen = voices.find((v) => v.voiceURI === opts.voice);
  return (
    (chosen && speaks(chosen) ? chosen : undefined) ??
    voices.find((v) => speaks(v) && v.localService) ??
    voices.find(speaks) ??
    (lang === 'en' ? (voices.find((v) => v.default) ?? voices[0]) : undefined)
  );
}

let generation = 0;

/**
 * Reads sentences aloud one by one. Resolves 'no-voice' when the device cannot speak, and
 * 'no-voice-for-language' when it has voices but none for the app's language.
 */
export async function speak(
  queue: string,
  sentences: string[],
  opts: SpeakOptions = {},
): Promise<'started' | 'no-voice' | 'no-voice-for-language'> {
  const s = synth();
  const voices = await listVoices();
  if (!s || voices.length === 0) return 'no-voice';
  const voice = pickVoice(voices, opts);
  if (!voice) return 'no-voice-for-language';
  const run = ++generation;
  s.cancel();
  const say = (index: number) => {
    if (run !== generation) return;
    if (index >= sentences.length) {
      speechState.set({ status: 'idle', queue: null, index: -1 });
      return;
    }
    const u = new SpeechSynthesisUtterance(sentences[index]);
    if (voice) u.voice = voice;
    u.lang = voice?.lang ?? opts.lang ?? 'en';
    u.rate = opts.rate ?? 1;
    u.onstart = () => run === generation && speechState.set({ status: 'speaking', queue, index });
    u.onend = () => say(index + 1);
    u.onerror = (e) => {
      // 'interrupted'/'canceled' come from our own stop; anything else ends this reading quietly.
      if (run === generation && e.error !== 'interrupted' && e.error !== 'canceled') stop();
    };
    speechState.set({ status: 'speaking', queue, index });
    s.speak(u);
  };
  say(0);
  return 'started';
}

export function pause(): void {
  const s = synth();
  if (!s || speechState.get().status !== 'speaking') return;
  s.pause();
  speechState.set((st) => ({ ...st, status: 'paused' }));
}

export function resume(): void {
  const s = synth();
  if (!s || speechState.get().status !== 'paused') return;
  s.resume();
  speechState.set((st) => ({ ...st, status: 'speaking' }));
}

export function stop(): void {
  generation++;
  synth()?.cancel();
  speechState.set({ status: 'idle', queue: null, index: -1 });
}
