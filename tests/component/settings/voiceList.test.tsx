import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudSettings } from '../../../src/features/settings/ReadAloudSettings';
import { i18next, setLanguage } from '../../../src/i18n/i18n';
import { DEFAULT_SETTINGS, type DeviceSettings } from '../../../src/shared/settings';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';
import { stubSpeech } from '../../support/speech';

allowTimeForScreens();

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('en');
});

const VOICES = [
  { name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' },
  { name: 'Zosia', lang: 'pl-PL', voiceURI: 'zosia' },
  { name: 'Asad', lang: 'ur_PK', voiceURI: 'asad' },
  { name: 'Voice 1', lang: '', voiceURI: 'voice-1' },
  { name: 'Salman', lang: 'ur-IN', voiceURI: 'salman' },
];

async function showSettings(language: string) {
  await setLanguage(language);
  const settings: DeviceSettings = { ...DEFAULT_SETTINGS, readAloud: true, language };
  await renderScreen(<ReadAloudSettings settings={settings} change={() => {}} />, ['settings'], {
    language,
  });
}

/** The voices offered, in order: the choices of the "Voice" group, as the person sees them. */
async function offeredVoices(): Promise<string[]> {
  const group = await screen.findByRole('radiogroup', {
    name: i18next.t('settings:readAloud.voice'),
  });
  // Each choice is named by its words (aria-labelledby), which is what a screen reader says.
  return within(group)
    .getAllByRole('radio')
    .map((r) => document.getElementById(r.getAttribute('aria-labelledby')!)?.textContent ?? '');
}

describe('the voice list in Settings', () => {
  it('offers the voices of the chosen language, and no other language’s', async () => {
    stubSpeech(VOICES);
    await showSettings('ur');
    // In Urdu, as the person reads the screen.
    const usual = i18next.t('settings:readAloud.voiceDefault');
    expect(usual).not.toBe("The tablet's usual voice");
    expect(await offeredVoices()).toEqual([usual, 'Asad', 'Salman']);
  });

  it('in English, offers English voices first, then those that do not say their language', async () => {
    stubSpeech(VOICES);
    await showSettings('en');
    expect(await offeredVoices()).toEqual(["The tablet's usual voice", 'Daniel', 'Voice 1']);
  });

  it('says plainly when the tablet has no voice for the language, with no list to pick from', async () => {
    stubSpeech([VOICES[0]!, VOICES[2]!]);
    await showSettings('pl');
    // Said in Polish, the language the person chose.
    const said = i18next.t('common:readAloud.noVoiceForLanguage', { language: 'Polski' });
    expect(said).not.toMatch(/This tablet/);
    expect(await screen.findByText(said)).toBeTruthy();
    expect(
      screen.queryByRole('radiogroup', { name: i18next.t('settings:readAloud.voice') }),
    ).toBeNull();
  });
});
