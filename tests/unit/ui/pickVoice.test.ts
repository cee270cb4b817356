import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/ui/speech';

const voice = (name: string, lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({
    name,
    lang,
    voiceURI: name,
    localService: true,
    default: false,
    ...extra,
  }) as SpeechSynthesisVoice;

const english = voice('Daniel', 'en-GB', { default: true });
const polish = voice('Zosia', 'pl-PL');
const urdu = voice('Asad', 'ur_PK');

describe('the voice that reads aloud', () => {
  it('is the person’s choice when it speaks the app’s language', () => {
    expect(pickVoice([english, polish], { voice: 'Zosia', lang: 'pl' })).toBe(polish);
  });
  it('is a voice of the app’s language when the chosen one speaks another', () => {
    expect(pickVoice([english, urdu], { voice: 'Daniel', lang: 'ur' })).toBe(urdu);
  });
  it('is none at all, never an English voice, when the tablet has no voice for the language', () => {
    expect(pickVoice([english, polish], { voice: 'Daniel', lang: 'ur' })).toBeUndefined();
  });
  it('is the default voice for English when no voice says its language', () => {
    const unnamed = voice('Voice 1', '', { default: true });
    expect(pickVoice([unnamed], { lang: 'en' })).toBe(unnamed);
  });
});
