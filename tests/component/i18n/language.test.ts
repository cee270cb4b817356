import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { loadNamespaces, setLanguage } from '../../../src/i18n/i18n';
import urSettings from '../../../locales/ur/settings.json';
import { LANGUAGES } from '../../../src/i18n/languages';

afterEach(async () => {
  await setLanguage('en');
  LANGUAGES.splice(1);
});

describe('language', () => {
  it('sets lang and dir on the page, so screen readers and read-aloud pick the right voice', async () => {
    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('is ready for a right-to-left language, falling back to English words until they exist', async () => {
    LANGUAGES.push({ code: 'ar', name: 'العربية', dir: 'rtl', dateLocale: 'ar', checked: false });
    await setLanguage('ar');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18next.t('common:frame.home')).toBe('Home');
  });

  it("gives a screen that loads while the person's language is arriving its words in that language", async () => {
    const switching = setLanguage('ur');
    // As a screen does on opening, before the switch has finished (the app starts in English).
    await loadNamespaces(['settings']);
    await switching;
    expect(i18next.language).toBe('ur');
    expect(i18next.t('settings:title')).toBe(urSettings.title);
  });
});
