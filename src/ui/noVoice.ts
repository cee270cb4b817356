import type { TFunction } from 'i18next';
import { findLanguage } from '../i18n/languages';
import type { speak } from './speech';

export type SpeakResult = Awaited<ReturnType<typeof speak>>;

/** What to tell the person when read-aloud could not start; empty when it started. */
export function noVoiceMessage(t: TFunction, result: SpeakResult | null, language: string): string {
  if (result === 'no-voice') return t('common:readAloud.noVoice');
  if (result === 'no-voice-for-language')
    return t('common:readAloud.noVoiceForLanguage', { language: findLanguage(language).name });
  return '';
}
