import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageSetting } from '../../../src/features/settings/LanguageSetting';
import { i18next, loadNamespaces } from '../../../src/i18n/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

describe('the language choice', () => {
  it('offers Urdu and Polish by their own names', () => {
    expect(LANGUAGES.map((l) => [l.code, l.name, l.dir])).toEqual([
      ['en', 'English', 'ltr'],
      ['ur', 'اردو', 'rtl'],
      ['pl', 'Polski', 'ltr'],
    ]);
  });

  it('shows every language at once, each a choice named in its own words and marked as that language', async () => {
    const chosen: string[] = [];
    await renderScreen(
      <LanguageSetting
        settings={DEFAULT_SETTINGS}
        change={(c) => chosen.push(String(c.language))}
      />,
      ['settings'],
    );
    const group = await screen.findByRole('radiogroup', { name: 'Language' });
    const urdu = within(group).getByRole('radio', { name: 'اردو' });
    expect(within(group).getByRole('radio', { name: 'English' })).toBeChecked();
    // The name itself is marked Urdu, right to left, so a screen reader says it in Urdu.
    const name = document.getElementById(urdu.getAttribute('aria-labelledby')!)!;
    expect(name).toHaveAttribute('lang', 'ur');
    expect(name).toHaveAttribute('dir', 'rtl');
    await userEvent.click(within(group).getByText('Polski'));
    expect(chosen).toEqual(['pl']);
  });

  it('says, in the language’s own words and in English, that no speaker has checked it yet', async () => {
    // The Urdu words as a translator would give them (the real ones come with the translation).
    const urdu = 'اس ترجمے کو ابھی کسی اردو بولنے والے نے نہیں جانچا۔';
    await loadNamespaces(['settings'], 'ur');
    i18next.addResourceBundle('ur', 'settings', { language: { notChecked: urdu } }, true, true);
    await renderScreen(<LanguageSetting settings={DEFAULT_SETTINGS} change={() => {}} />, [
      'settings',
    ]);
    expect(
      await screen.findByText(
        'This translation has not yet been checked by a person who speaks Urdu.',
      ),
    ).toHaveAttribute('lang', 'en');
    // In Urdu itself, marked so screen readers and read-aloud use an Urdu voice.
    const own = await screen.findByText(urdu);
    expect(own).toHaveAttribute('lang', 'ur');
    expect(own).toHaveAttribute('dir', 'rtl');
  });

  it('never shows English dressed as the language: until the note is translated, English only', async () => {
    await loadNamespaces(['settings'], 'pl');
    i18next.removeResourceBundle('pl', 'settings');
    i18next.addResourceBundle('pl', 'settings', { title: 'Ustawienia' });
    await renderScreen(<LanguageSetting settings={DEFAULT_SETTINGS} change={() => {}} />, [
      'settings',
    ]);
    expect(
      await screen.findByText(
        'This translation has not yet been checked by a person who speaks Polish.',
      ),
    ).toHaveAttribute('dir', 'ltr');
    expect(document.querySelectorAll('.language-note__words[lang="pl"]')).toHaveLength(0);
    expect(screen.queryByText(/speaks Polski/)).toBeNull();
  });

  it('shows no note for a language a speaker has checked', async () => {
    await renderScreen(<LanguageSetting settings={DEFAULT_SETTINGS} change={() => {}} />, [
      'settings',
    ]);
    await screen.findAllByText(/has not yet been checked/);
    expect(screen.queryByText(/speaks English/)).toBeNull();
  });
});
