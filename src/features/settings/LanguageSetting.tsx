import { useEffect, useState } from 'preact/hooks';
import { i18next, loadNamespaces } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { ChoiceCards } from '../../ui/ChoiceCards';
import type { DeviceSettings } from '../../shared/settings';
import type { ChangeSetting } from './changeSetting';

/** "Urdu", "Polish": the language's name in English, for the English half of the note. */
function englishName(code: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function LanguageSetting({
  settings,
  change,
}: {
  settings: DeviceSettings;
  change: ChangeSetting;
}) {
  const t = useT();
  const unchecked = LANGUAGES.filter((l) => !l.checked);
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('settings:language.title')}</h2>
      {/* Every language in view, each named in its own words: a person can find theirs without
          reading English, and a screen reader says each name in its own language. */}
      <ChoiceCards
        label={t('settings:language.label')}
        choices={LANGUAGES.map((l) => ({ value: l.code, label: l.name, lang: l.code, dir: l.dir }))}
        value={settings.language}
        onChange={(language) => change({ language })}
      />
      {unchecked.length > 0 && (
        <>
          <h3 class="language-notes__title">{t('settings:language.translations')}</h3>
          <ul class="language-notes">
            {unchecked.map((l) => (
              <NotCheckedNote key={l.code} language={l} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Until a person who speaks it has checked a translation, it says so in its own words (for the
 * people who read it) and in English beside them (for the supporter who chose it).
 */
function NotCheckedNote({ language }: { language: Language }) {
  const [ready, setReady] = useState(() => i18next.hasResourceBundle(language.code, 'settings'));
  useEffect(() => {
    let live = true;
    void loadNamespaces(['settings'], language.code).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [language.code]);
  const own = i18next.getFixedT(language.code);
  const english = i18next.getFixedT('en');
  return (
    <li class="language-note">
      <span class="language-note__name" lang={language.code} dir={language.dir}>
        {language.name}
      </span>
      {/* Never English dressed as the language: until the words are translated, English only. */}
      {ready && i18next.getResource(language.code, 'settings', 'language.notChecked') && (
        <span class="language-note__words" lang={language.code} dir={language.dir}>
          {own('settings:language.notChecked', { language: language.name })}
        </span>
      )}
      <span class="language-note__words" lang="en" dir="ltr">
        {english('settings:language.notChecked', { language: englishName(language.code) })}
      </span>
    </li>
  );
}
