import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LanguageSetting } from '../../../src/features/settings/LanguageSetting';
import { LANGUAGES } from '../../../src/i18n/languages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { renderScreen } from '../../support/renderScreen';

describe('the language choice', () => {
  it('offers Urdu and Polish by their own names', () => {
    expect(LANGUAGES.map((l) => [l.code, l.name, l.dir])).toEqual([
      ['en', 'English', 'ltr'],
      ['ur', 'اردو', 'rtl'],
      ['pl', 'Polski', 'ltr'],
    ]);
  });

  it('says, in the language’s own words and in English, that no speaker has checked it yet', async () => {
    await renderScreen(<LanguageSetting settings={DEFAULT_SETTINGS} change={() => {}} />, [
      'settings',
    ]);
    expect(
      await screen.findByText(
        'This translation has not yet been checked by a person who speaks Urdu.',
      ),
    ).toHaveAttribute('lang', 'en');
    expect(
      screen.getByText('This translation has not yet been checked by a person who speaks Polish.'),
    ).toHaveAttribute('dir', 'ltr');
    // The note in Urdu itself, marked so screen readers and read-aloud use an Urdu voice.
    const own = document.querySelectorAll('.language-note__words[lang="ur"]');
    expect(own).toHaveLength(1);
    expect(own[0]).toHaveAttribute('dir', 'rtl');
    expect(own[0]!.textContent).not.toBe('');
  });

  it('shows no note for a language a speaker has checked', async () => {
    await renderScreen(<LanguageSetting settings={DEFAULT_SETTINGS} change={() => {}} />, [
      'settings',
    ]);
    await screen.findAllByText(/has not yet been checked/);
    expect(screen.queryByText(/speaks English/)).toBeNull();
  });
});
