// The languages the app can show, as data (locales/languages.json): adding one is importing a
// translator's file (npm run i18n:import), which writes locales/<code>/ and its line there.
// The list only: a named import leaves the file's $comment out of the first screen's script.
import { languages } from '../../locales/languages.json';

export interface Language {
  code: string;
  /** The language's name in itself, as people look for it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /**
   * How dates and times are written in this language: the locale given to Intl. English is the
   * NHS's British English ("Thursday 10 December 2026", 24-hour clock), whatever the browser says.
   */
  dateLocale: string;
  /** Whether a person who speaks the language has checked the translation. */
  checked: boolean;
}

export const LANGUAGES: Language[] = languages.map((l) => ({
  ...l,
  dir: l.dir === 'rtl' ? 'rtl' : 'ltr',
}));

export const FALLBACK_LANGUAGE = 'en';

export function findLanguage(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}
