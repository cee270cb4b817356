// The languages the app can show. Adding one = adding locales/<code>/ and a line here.
export interface Language {
  code: string;
  /** The language's name in itself, as people look for it. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Language[] = [{ code: 'en', name: 'English', dir: 'ltr' }];

export const FALLBACK_LANGUAGE = 'en';

export function findLanguage(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}
