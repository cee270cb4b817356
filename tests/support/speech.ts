// A stand-in for the Web Speech API in jsdom: records what would be spoken.
import { vi } from 'vitest';

export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
}

export function stubSpeech(
  voices: FakeVoice[] = [{ name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' }],
) {
  const spoken: string[] = [];
  const synth = {
    speak: vi.fn((u: { text: string; onstart?: () => void }) => {
      spoken.push(u.text);
      u.onstart?.();
    }),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: () => voices.map((v) => ({ ...v, localService: true, default: false })),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown;
      lang = '';
      rate = 1;
      onstart?: () => void;
      onend?: () => void;
      onerror?: () => void;
      constructor(public text: string) {}
    },
  );
  return { synth, spoken };
}
