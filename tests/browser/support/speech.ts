// A stand-in for the device's voices (Web Speech API), installed before the app's scripts run.
// Headless Chromium has no voices, and tests must not make sound: this records what would be
// said, with the voice and speed, and lets a test hold a sentence "being read" to check the
// highlight, then finish it.
import type { Page } from '@playwright/test';

export interface Spoken {
  text: string;
  rate: number;
  voiceURI: string | null;
}

export interface SpeechStubOptions {
  voices?: { name: string; lang: string; voiceURI: string }[];
  /** Keep each sentence "speaking" until the test calls finishSentence(page). */
  hold?: boolean;
}

export async function installSpeechStub(page: Page, options: SpeechStubOptions = {}) {
  const voices = options.voices ?? [
    { name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' },
    { name: 'Kate', lang: 'en-GB', voiceURI: 'kate' },
  ];
  await page.addInitScript(
    ({ voices, hold }) => {
      type U = {
        text: string;
        rate: number;
        voice: { voiceURI: string } | null;
        onstart?: () => void;
        onend?: () => void;
        onerror?: (e: { error: string }) => void;
      };
      const w = window as unknown as {
        __spoken: unknown[];
        __current: U | null;
        __finishSentence: () => void;
      };
      w.__spoken = [];
      w.__current = null;
      const finish = () => {
        const u = w.__current;
        w.__current = null;
        u?.onend?.();
      };
      w.__finishSentence = finish;
      class Utterance {
        voice: { voiceURI: string } | null = null;
        lang = '';
        rate = 1;
        constructor(public text: string) {}
      }
      const synth = {
        speaking: false,
        paused: false,
        getVoices: () => voices.map((v) => ({ ...v, localService: true, default: false })),
        speak(u: U) {
          w.__spoken.push({ text: u.text, rate: u.rate, voiceURI: u.voice?.voiceURI ?? null });
          w.__current = u;
          setTimeout(() => {
            u.onstart?.();
            if (!hold) setTimeout(() => w.__current === u && finish(), 20);
          }, 0);
        },
        cancel() {
          const u = w.__current;
          w.__current = null;
          u?.onerror?.({ error: 'canceled' });
        },
        pause() {},
        resume() {},
        addEventListener() {},
        removeEventListener() {},
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: Utterance,
        configurable: true,
      });
    },
    { voices, hold: options.hold ?? false },
  );
}

export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

export function finishSentence(page: Page): Promise<void> {
  return page.evaluate(() =>
    (window as unknown as { __finishSentence: () => void }).__finishSentence(),
  );
}
