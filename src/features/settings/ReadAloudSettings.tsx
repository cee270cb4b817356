import { useEffect, useState } from 'preact/hooks';
import { findLanguage } from '../../i18n/languages';
import { useT } from '../../i18n/useT';
import { Checkbox } from '../../ui/Checkbox';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { ReadAloud } from '../../ui/ReadAloud';
import { listVoices } from '../../ui/speech';
import { SPEECH_RATES, type DeviceSettings } from '../../shared/settings';
import type { SymbolId } from '../../content/symbols';
import type { ChangeSetting } from './changeSetting';

// A picture for each speed, slowest to fastest: a snail, a tortoise, a person walking, a rabbit.
const SPEED_SYMBOLS: Record<DeviceSettings['speechRate'], SymbolId> = {
  0.7: 'very-slow',
  0.85: 'slow',
  1: 'walking',
  1.2: 'fast',
};

export function ReadAloudSettings({
  settings,
  change,
}: {
  settings: DeviceSettings;
  change: ChangeSetting;
}) {
  const t = useT();
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | null>(null);
  useEffect(() => {
    let live = true;
    void listVoices().then((v) => live && setVoices(v));
    return () => {
      live = false;
    };
  }, []);

  const offered = voicesFor(voices ?? [], settings.language);
  const options = [
    { value: '', label: t('settings:readAloud.voiceDefault') },
    ...offered.map((v) => ({ value: v.voiceURI, label: v.name })),
  ];

  return (
    <section aria-labelledby="read-aloud-title">
      <h2 id="read-aloud-title">{t('settings:readAloud.title')}</h2>
      <Checkbox
        isSelected={settings.readAloud}
        onChange={(on) => change({ readAloud: on })}
        hint={t('settings:readAloud.showHint')}
      >
        {t('settings:readAloud.show')}
      </Checkbox>
      {settings.readAloud && (
        <>
          {voices && voices.length === 0 ? (
            <p>{t('settings:readAloud.noVoices')}</p>
          ) : voices && offered.length === 0 ? (
            <p>
              {t('common:readAloud.noVoiceForLanguage', {
                language: findLanguage(settings.language).name,
              })}
            </p>
          ) : (
            <ChoiceCards
              label={t('settings:readAloud.voice')}
              choices={options}
              value={options.some((o) => o.value === settings.voice) ? settings.voice : ''}
              onChange={(voice) => change({ voice })}
              columns={2}
            />
          )}
          <ChoiceCards
            label={t('settings:readAloud.speed')}
            value={String(settings.speechRate)}
            onChange={(v) => change({ speechRate: Number(v) as DeviceSettings['speechRate'] })}
            columns={4}
            choices={SPEECH_RATES.map((rate) => ({
              value: String(rate),
              label: t(`settings:readAloud.speeds.${rate}`),
              symbol: SPEED_SYMBOLS[rate],
            }))}
          />
          <ReadAloud
            id="settings-try-voice"
            label={t('settings:readAloud.try')}
            sentences={[t('settings:readAloud.sample')]}
          />
        </>
      )}
    </section>
  );
}

/**
 * The voices to offer, the language's own first and the tablet's own (offline) voices before
 * those that need a connection. Never another language's voice: it would read these words wrongly
 * (read-aloud would not use it anyway). For English, voices that do not say their language follow,
 * as many English voices do not.
 */
export function voicesFor(voices: SpeechSynthesisVoice[], language: string) {
  const lang = language.toLowerCase();
  const speaks = (v: SpeechSynthesisVoice) =>
    v.lang.toLowerCase().replace('_', '-').startsWith(lang);
  const local = (v: SpeechSynthesisVoice) => (v.localService ? 0 : 1);
  const mine = voices.filter(speaks).sort((a, b) => local(a) - local(b));
  return lang === 'en' ? [...mine, ...voices.filter((v) => !v.lang)] : mine;
}
