// The translator's kit, shared by export, import and report (and the translations test): the
// app's words as a flat catalogue ("namespace:path.to.key" → text), and the checks a translation
// must pass before it is written into locales/<code>/. English (locales/en) is the source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENS } from '../../src/routes/screens';
import { parseEasyText, plainText, termsIn } from '../../src/shared/easyText';
import { countWords, splitSentences } from '../../src/shared/text';

export const ROOT = join(import.meta.dirname, '../..');
export const LOCALES = join(ROOT, 'locales');
export const SOURCE = 'en';
/** The easy-read rule (domain.md §2.1), in every language. */
export const MAX_WORDS = 15;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type Catalog = Map<string, string>;

/** Every string of one language: "ns:a.b.c" → text (arrays as a.0, a.1). */
export function readCatalog(code: string, root = LOCALES): Catalog {
  const out: Catalog = new Map();
  const dir = join(root, code);
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const ns = file.slice(0, -5);
    const walk = (value: Json, path: string[]) => {
      if (typeof value === 'string') out.set(`${ns}:${path.join('.')}`, value);
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json, []);
  }
  return out;
}

/**
 * The catalogue back as locale files: English's files with each text replaced by its translation
 * (the same nesting, lists and order), and each plural group given the forms the language needs.
 */
export function toFiles(catalog: Catalog, code: string, root = LOCALES): Map<string, Json> {
  const files = new Map<string, Json>();
  const dir = join(root, SOURCE);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const ns = file.slice(0, -5);
    const rebuild = (value: Json, path: string[]): Json => {
      if (typeof value === 'string') {
        const key = `${ns}:${path.join('.')}`;
        return isIdentifier(key, value) ? value : (catalog.get(key) ?? value);
      }
      if (Array.isArray(value)) return value.map((v, i) => rebuild(v, [...path, String(i)]));
      if (!value || typeof value !== 'object') return value;
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) {
        const plural = pluralBase(k);
        if (plural && typeof v === 'string') {
          // Each form the language needs, once, where English has its "other" form.
          if (plural.form === 'zero') out[k] = rebuild(v, [...path, k]);
          if (plural.form !== 'other') continue;
          for (const form of pluralForms(code))
            out[`${plural.base}_${form}`] = rebuild(v, [...path, `${plural.base}_${form}`]);
          continue;
        }
        out[k] = rebuild(v, [...path, k]);
      }
      return out;
    };
    files.set(ns, rebuild(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json, []));
  }
  return files;
}

export function splitKey(key: string): [ns: string, path: string] {
  const i = key.indexOf(':');
  return [key.slice(0, i), key.slice(i + 1)];
}

// ---------- identifiers: values the app uses as names, not words ----------
// A picture's name ("symbol": "calendar"), an address ("href": "/day/cards"), an id. They are not
// given to the translator (the export leaves them out), the import copies them from English, and
// the check reports one that a translation changed (the picture or link would break). A key's name
// alone is not enough: "diary:find.to" is "To this day" and "diary:find.kind" is "What kind?",
// which are words; so "to", "kind" and the like count only when the English value looks like one.
const ALWAYS_NAMES = new Set(['symbol', 'icon']);
const SLUG_NAMES = new Set(['id', 'kind']);
const ADDRESS_NAMES = new Set(['href', 'to', 'path', 'url', 'tel']);
const ADDRESS = /^(\/|#|https?:\/\/|mailto:|tel:)\S*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d() -]{6,}$/;
const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Is this English text an identifier (to copy as it is) rather than words to translate? */
export function isIdentifier(key: string, english: string): boolean {
  const path = splitKey(key)[1].split('.');
  const name = path.at(-1)!;
  if (path.some((p) => p.startsWith('$'))) return true;
  if (ADDRESS.test(english) || EMAIL.test(english) || PHONE.test(english)) return true;
  if (ALWAYS_NAMES.has(name)) return true;
  if (SLUG_NAMES.has(name)) return SLUG.test(english);
  if (ADDRESS_NAMES.has(name)) return !/\s/.test(english) && /[/:@.]/.test(english);
  return false;
}

// ---------- plurals ----------
// i18next names plural forms key_one, key_few, key_many, key_other (and key_zero); which forms a
// language needs comes from its plural rules (Intl.PluralRules), e.g. Polish: one, few, many, other.
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

export function pluralBase(key: string): { base: string; form: string } | undefined {
  const m = PLURAL.exec(key);
  return m ? { base: m[1]!, form: m[2]! } : undefined;
}

export function pluralForms(code: string): string[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
}

/** Numbers that take each plural form in a language, for the translator's note. */
export function pluralExamples(code: string): Map<string, number[]> {
  const rules = new Intl.PluralRules(code);
  const out = new Map<string, number[]>();
  for (let n = 0; n <= 30; n++) {
    const form = rules.select(n);
    const list = out.get(form) ?? [];
    if (list.length < 4) list.push(n);
    out.set(form, list);
  }
  return out;
}

/**
 * The keys a complete translation into `code` has: every English key, except that each English
 * plural group (key_one, key_other…) becomes the forms the target language needs. A "_zero" form
 * stays when English has one: it is the app's own wording for "none", not a grammatical form.
 */
export function expectedKeys(source: Catalog, code: string): Map<string, string> {
  const forms = pluralForms(code);
  const out = new Map<string, string>(); // target key → the English text to translate
  for (const [key, text] of source) {
    const plural = pluralBase(key);
    if (!plural) {
      out.set(key, text);
      continue;
    }
    if (plural.form === 'zero') out.set(key, text);
    if (plural.form !== 'other') continue;
    for (const form of forms) {
      const english = source.get(`${plural.base}_${form}`) ?? text;
      out.set(`${plural.base}_${form}`, english);
    }
  }
  return out;
}

// ---------- what must survive translation ----------
/**
 * {{placeholders}}, hard words as [[…|glossary id]] (the id only: the word before the bar is
 * translated), <tags>.
 */
export function tokens(text: string): string[] {
  const found = [
    ...[...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => `{{${m[1]}}}`),
    ...parseEasyText(text).flatMap((s) => (s.kind === 'term' ? [`[[…|${s.term}]]`] : [])),
    ...[...text.matchAll(/<\/?[\w-]+\s*\/?>/g)].map((m) => m[0]),
  ];
  return found.sort();
}

export interface Problem {
  key: string;
  /** The line of the translator's file, when the problem came from one. */
  line?: number;
  message: string;
}

/**
 * Everything wrong with a translation into `code`: missing, extra and empty keys, lost or added
 * placeholders, hard words and tags, and sentences longer than the easy-read rule allows.
 */
export function checkTranslation(
  source: Catalog,
  target: Catalog,
  code: string,
  lines: Map<string, number> = new Map(),
): Problem[] {
  const expected = expectedKeys(source, code);
  const problems: Problem[] = [];
  const at = (key: string, message: string) =>
    problems.push({ key, line: lines.get(key), message });
  for (const [key, english] of expected) {
    const text = target.get(key);
    if (text === undefined) {
      at(key, 'missing: this text has no translation');
      continue;
    }
    if (isIdentifier(key, english)) {
      if (text !== english)
        at(
          key,
          `changed: "${english}" is a name the app uses (a picture, an address), not words: keep it as it is`,
        );
      continue;
    }
    if (!text.trim() && english.trim()) {
      at(key, 'empty: write the translation');
      continue;
    }
    const want = tokens(english).join(' ');
    const got = tokens(text).join(' ');
    if (want !== got)
      at(
        key,
        `must keep exactly these parts as they are: ${want || '(none)'} — it has ${got || '(none)'}`,
      );
    for (const sentence of splitSentences(plainText(text)))
      if (countWords(sentence) > MAX_WORDS)
        at(key, `sentence of ${countWords(sentence)} words (at most ${MAX_WORDS}): "${sentence}"`);
  }
  for (const key of target.keys())
    if (!expected.has(key)) at(key, 'extra: English has no text with this key');
  return problems;
}

// ---------- notes for the translator ----------
/** Words that leave the app, by the start of their key: where they appear instead of a screen. */
const OUTSIDE: Record<string, string> = {
  'account:signInEmail.': 'the sign-in email (the server sends it in the person’s language)',
};

/** Where the words of a key appear: the addresses of the screens that load its namespace. */
export function whereUsed(ns: string, key = ''): string {
  const outside = Object.entries(OUTSIDE).find(([start]) => key.startsWith(start));
  if (outside) return outside[1];
  if (ns === 'common' || ns === 'home') return 'every screen';
  const paths = SCREENS.filter((s) => (s.namespaces as readonly string[]).includes(ns)).map(
    (s) => s.path,
  );
  return paths.length ? paths.join(' ') : 'several screens';
}

/** A short note from the key's name and the text: what kind of words these are. */
export function noteFor(key: string, english: string, code: string): string {
  const notes: string[] = [];
  const last = splitKey(key)[1].split('.').at(-1)!;
  const plural = pluralBase(key);
  if (plural) {
    const examples = pluralExamples(code).get(plural.form);
    notes.push(
      plural.form === 'zero'
        ? 'the words for none (0)'
        : `plural form "${plural.form}"${examples ? `, for numbers like ${examples.join(', ')}` : ''}`,
    );
  }
  const name = plural?.base.split('.').at(-1) ?? last;
  if (/title$/i.test(name)) notes.push('a heading: a few words');
  else if (/(label|button|yes|no|back|next|open|close|add|change|remove)$/i.test(name))
    notes.push('a button or label: a few words');
  else if (/alt$/i.test(name)) notes.push('what a picture shows, for people who cannot see it');
  if (splitSentences(english).length > 1 || /[.!?]$/.test(english))
    notes.push(`easy read: short sentences of ${MAX_WORDS} words at most, one idea each`);
  const kept = tokens(english).filter((t) => !t.startsWith('[['));
  if (kept.length) notes.push(`keep ${kept.join(' ')} as they are`);
  const hard = [...new Set(termsIn(english))];
  if (hard.length)
    notes.push(
      `keep ${hard.map((id) => `[[…|${id}]]`).join(' ')}: translate the word before the bar, keep the English id after it`,
    );
  return notes.join('; ');
}

/**
 * The picture shown beside these words: the one the key names (pictures:names.<symbol>), or the
 * "symbol" beside the text in the same block (a paragraph and its picture).
 */
export function pictureFor(key: string, source: Catalog = new Map()): string {
  const m = /^pictures:names\.(.+)$/.exec(key);
  if (m) return m[1]!;
  const [ns, path] = splitKey(key);
  const parent = path.split('.').slice(0, -1).join('.');
  return source.get(`${ns}:${parent ? `${parent}.` : ''}symbol`) ?? '';
}
