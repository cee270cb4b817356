import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { ReadAloud } from '../../../src/ui/ReadAloud';
import { renderWithSettings } from '../../support/render';
import { stubSpeech } from '../../support/speech';

afterEach(() => vi.unstubAllGlobals());

describe('Read aloud in the person’s language', () => {
  it('says plainly that the tablet has no voice for the language, and reads nothing in English', async () => {
    LANGUAGES.push({ code: 'ur', name: 'اردو', dir: 'rtl', dateLocale: 'ur', checked: false });
    const { spoken } = stubSpeech([{ name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' }]);
    renderWithSettings(<ReadAloud id="page" label="Read aloud" sentences={['سلام۔']} />, {
      readAloud: true,
      language: 'ur',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(
      await screen.findByText('This tablet has no voice for اردو. The words stay on the screen.'),
    ).toBeTruthy();
    expect(spoken).toEqual([]);
    LANGUAGES.pop();
  });

  it('reads with a voice of the language when the tablet has one', async () => {
    const { spoken } = stubSpeech([
      { name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' },
      { name: 'Zosia', lang: 'pl-PL', voiceURI: 'zosia' },
    ]);
    renderWithSettings(<ReadAloud id="page" label="Read aloud" sentences={['Dzień dobry.']} />, {
      readAloud: true,
      language: 'pl',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await vi.waitFor(() => expect(spoken).toEqual(['Dzień dobry.']));
  });
});
