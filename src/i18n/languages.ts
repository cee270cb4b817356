// The languages the app can show. Adding one = adding locales/<code>/ and a line here.
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
}

export const LANGUAGES: Language[] = [
  { code: 'en', name: 'English', dir: 'ltr', dateLocale: 'en-GB' },
];

export const FALLBACK_LANGUAGE = 'en';

export function findLanguage(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}
