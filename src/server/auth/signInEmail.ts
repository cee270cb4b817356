// The sign-in email in the person's language. The app sends the language it shows when it asks for
// a code; the words come from locales/<language>/account.json ("signInEmail"), read from disk, so
// a language a translator adds (npm run i18n:import) needs no change here. English, bundled with
// the server, is used for a language the server does not offer and for any text a language lacks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// With an import attribute: Node (the browser suite's server) loads JSON only with one.
import english from '../../../locales/en/account.json' with { type: 'json' };
import { plainText } from '../../shared/easyText';
import type { MailMessage } from './mailer';

/** The texts' key in the locale files (the key-coverage test finds it here). */
export const SIGN_IN_EMAIL_KEY = 'account:signInEmail';
const [NAMESPACE, GROUP] = SIGN_IN_EMAIL_KEY.split(':') as [string, 'signInEmail'];

type Texts = Partial<Record<keyof typeof english.signInEmail, string>>;

const ENGLISH: Texts = english[GROUP];
const PARAGRAPHS = ['code', 'paste', 'time', 'notYou'] as const;

export interface SignInEmails {
  /** The email for `code`, in `language` when the server offers it, otherwise in English. */
  message(code: string, language?: string): MailMessage & { language: string };
}

export function signInEmails(localesDir: string): SignInEmails {
  const cache = new Map<string, Texts | undefined>();

  /** The languages offered (languages.json), read once: only those codes become file paths. */
  let offered: Set<string> | undefined;
  function offers(code: string): boolean {
    if (!offered) {
      try {
        const list = JSON.parse(readFileSync(join(localesDir, 'languages.json'), 'utf8')) as {
          languages: { code: string }[];
        };
        offered = new Set(list.languages.map((l) => l.code));
      } catch {
        offered = new Set(['en']);
      }
    }
    return offered.has(code);
  }

  function texts(code: string): Texts | undefined {
    if (code === 'en') return ENGLISH;
    if (!cache.has(code)) {
      const file = join(localesDir, code, `${NAMESPACE}.json`);
      let found: Texts | undefined;
      try {
        if (existsSync(file))
          found = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Texts | undefined>)[
            GROUP
          ];
      } catch {
        found = undefined; // a broken file: English, rather than no email at all
      }
      cache.set(code, found);
    }
    return cache.get(code);
  }

  return {
    message(code, language = 'en') {
      const own = offers(language) ? texts(language) : undefined;
      const lng = own ? language : 'en';
      const say = (key: keyof Texts) =>
        plainText((own?.[key] || ENGLISH[key] || '').replaceAll('{{code}}', code));
      return {
        language: lng,
        subject: say('subject'),
        text: PARAGRAPHS.map(say).join('\n\n'),
      };
    },
  };
}
