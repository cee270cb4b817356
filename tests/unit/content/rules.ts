// The easy-read rules (domain.md §2.1) as checks over locale files. Every English string is
// checked, in every namespace, including ones added later. Each problem names the file, the key
// and the sentence, so whoever wrote the words can find and fix them quickly.
//
// 1. Sentences: at most 15 words (E4). Sentences are split and words counted with
//    splitSentences/countWords from src/shared/text.ts: exactly what read-aloud speaks.
// 2. Abbreviations (E10): a word of two or more capital letters ("CTR", "NHS", or "CTRs") must be
//    explained. It is explained when
//      a. it is written out with the short form in brackets, "Care and Treatment Review (CTR)",
//         earlier in the same string or in an earlier string of the same page. The written-out
//         words must give the letters: their first letters, leaving out small words such as
//         "and" or "of", spell the short form. A page is the nearest enclosing object with a
//         "title"; a string with no such object is its own page with the strings beside it; or
//      b. it is inside a hard word, [[CTR|ctr]]: the person can tap it to see what it means
//         (WCAG 3.1.4), and the glossary rule below makes sure there is an entry.
//    Words in capitals for emphasis are caught by the same rule: easy read never uses them (E7).
//    Allowed as they are: ALLOWED_CAPITALS (each with its reason).
// 3. Pictures (E1, WCAG 1.1.1): an object with "text" is a paragraph of a content page; it needs a
//    "symbol" and an "alt" (what the picture shows). Any "symbol" must be a symbol that ships
//    (assets/symbols/symbols.json), with an "alt", or a "label" or "title" shown beside it.
// 4. Hard words: each [[…]] must be well formed (src/shared/easyText.ts) and name a glossary entry
//    (locales/<lang>/glossary.json, "terms": {"<id>": {word, text, symbol, alt}}).
// 5. Emphasis and markup: no HTML tags, no *stars* or _underscores_ (E7). Strings are text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  easySentences,
  markupProblems,
  parseEasyText,
  plainText,
  sentenceText,
} from '../../../src/shared/easyText';
import { countWords, splitSentences } from '../../../src/shared/text';

export const MAX_WORDS = 15;

/** Capital words that are not abbreviations to explain, and why. Keep it short. */
export const ALLOWED_CAPITALS: Record<string, string> = {
  OK: 'said as it is written, and it has no longer form that would be easier',
};

/** Small words left out when the written-out words give the letters of a short form. */
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'with', 'a', 'an', '&']);

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export interface LocaleString {
  file: string;
  key: string;
  value: string;
  /** The key of the page this string is on (see rule 2). */
  page: string;
}

export interface LocaleFile {
  file: string;
  json: Json;
  strings: LocaleString[];
}

function isObject(v: Json): v is { [k: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function join2(prefix: string, k: string | number): string {
  return typeof k === 'number' ? `${prefix}[${k}]` : prefix ? `${prefix}.${k}` : k;
}

/** Every string of a locale file in document order, with the page it belongs to. */
export function localeStrings(file: string, json: Json): LocaleString[] {
  const out: LocaleString[] = [];
  // page: the key of the nearest enclosing object with a title, or null when there is none.
  const walk = (v: Json, key: string, page: string | null, parent: string) => {
    if (typeof v === 'string') out.push({ file, key, value: v, page: page ?? parent });
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, join2(key, i), page, key));
    else if (isObject(v)) {
      const here = typeof v.title === 'string' ? key : page;
      for (const [k, item] of Object.entries(v)) walk(item, join2(key, k), here, key);
    }
  };
  walk(json, '', null, '');
  return out;
}

export function readLocales(dir: string): LocaleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `locales/${dir.split('/').pop()}/${name}`;
      const json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;
      return { file, json, strings: localeStrings(file, json) };
    });
}

const where = (s: LocaleString) => `${s.file} › ${s.key}`;

/** Interpolations ({{name}}) are filled in when shown; they are one word and never a short form. */
const withoutInterpolation = (text: string) => text.replace(/\{\{[^}]*\}\}/g, 'x');

// ---- 1. sentences ----

export function sentenceProblems(s: LocaleString): string[] {
  return splitSentences(plainText(s.value)).flatMap((sentence) => {
    const n = countWords(sentence);
    return n > MAX_WORDS
      ? [`${where(s)}: a sentence of ${n} words (${MAX_WORDS} at most): "${sentence}"`]
      : [];
  });
}

// ---- 2. abbreviations ----

const CAPITALS = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z])s?(?![\p{L}\p{N}])/gu;

/** Where in the text each short form is written out correctly: short form -> end positions. */
export function definitions(text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const m of text.matchAll(/\(([A-Z][A-Z0-9]*[A-Z])\)/g)) {
    const abbr = m[1]!;
    const before = text
      .slice(0, m.index)
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
    const words = before.slice(-abbr.length);
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    if (words.length === abbr.length && initials === abbr) {
      found.set(abbr, [...(found.get(abbr) ?? []), m.index + m[0].length]);
    }
  }
  return found;
}

export function abbreviationProblems(strings: LocaleString[]): string[] {
  const definedOnPage = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const s of strings) {
    const page = definedOnPage.get(s.page) ?? new Set<string>();
    definedOnPage.set(s.page, page);
    const segments = parseEasyText(withoutInterpolation(s.value));
    const text = segments.map((x) => x.text).join('');
    const inTerm: [number, number][] = [];
    let at = 0;
    for (const seg of segments) {
      if (seg.kind === 'term') inTerm.push([at, at + seg.text.length]);
      at += seg.text.length;
    }
    const defs = definitions(text);
    for (const m of text.matchAll(CAPITALS)) {
      const abbr = m[1]!;
      const pos = m.index;
      if (abbr in ALLOWED_CAPITALS) continue;
      if (text[pos - 1] === '(' && text[pos + abbr.length] === ')' && defs.has(abbr)) continue;
      if (inTerm.some(([a, b]) => pos >= a && pos < b)) continue;
      if ((defs.get(abbr) ?? []).some((end) => end <= pos)) continue;
      if (page.has(abbr)) continue;
      const sentence = splitSentences(text).find((x) => x.includes(m[0])) ?? text;
      problems.push(
        `${where(s)}: "${abbr}" is not explained. Write it out first, like ` +
          `"Care and Treatment Review (CTR)", or mark it as a hard word [[${abbr}|id]]: "${sentence}"`,
      );
    }
    for (const abbr of defs.keys()) page.add(abbr);
  }
  return problems;
}

// ---- 3. pictures ----

export function pictureProblems(file: string, json: Json, symbols: Set<string>): string[] {
  const problems: string[] = [];
  const walk = (v: Json, key: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, join2(key, i)));
    if (!isObject(v)) return;
    const at = `${file} › ${key}`;
    const hasText = typeof v.text === 'string';
    const alt = typeof v.alt === 'string' ? v.alt.trim() : '';
    if (hasText && typeof v.symbol !== 'string')
      problems.push(`${at}: a paragraph without a picture: add "symbol" and "alt"`);
    if (typeof v.symbol === 'string') {
      if (!symbols.has(v.symbol))
        problems.push(`${at}: the picture "${v.symbol}" is not in assets/symbols/symbols.json`);
      if (hasText && !alt)
        problems.push(`${at}: the picture "${v.symbol}" has no "alt" (what the picture shows)`);
      if (!hasText && !alt && typeof v.label !== 'string' && typeof v.title !== 'string')
        problems.push(`${at}: the picture "${v.symbol}" has no "alt", "label" or "title"`);
    }
    for (const [k, item] of Object.entries(v)) walk(item, join2(key, k));
  };
  walk(json, '');
  return problems;
}

// ---- 4. hard words ----

export function termProblems(s: LocaleString, glossary: Set<string>): string[] {
  const problems = markupProblems(s.value).map((p) => `${where(s)}: ${p}`);
  for (const seg of parseEasyText(s.value)) {
    if (seg.kind === 'term' && !glossary.has(seg.term))
      problems.push(
        `${where(s)}: the hard word [[${seg.text}]] needs an entry "${seg.term}" in glossary.json`,
      );
  }
  const spoken = splitSentences(plainText(s.value));
  const shown = easySentences(s.value).map(sentenceText);
  if (JSON.stringify(spoken) !== JSON.stringify(shown))
    problems.push(`${where(s)}: the hard-word markup changes where sentences end`);
  return problems;
}

/** Glossary ids with a complete entry. */
export function glossaryIds(json: Json | undefined): Set<string> {
  const terms = isObject(json ?? null) ? (json as { [k: string]: Json }).terms : undefined;
  if (!terms || !isObject(terms)) return new Set();
  return new Set(
    Object.entries(terms)
      .filter(
        ([, e]) =>
          isObject(e) &&
          ['word', 'text', 'symbol', 'alt'].every((k) => typeof e[k] === 'string' && e[k] !== ''),
      )
      .map(([id]) => id),
  );
}

// ---- 5. emphasis and markup ----

export function emphasisProblems(s: LocaleString): string[] {
  const problems: string[] = [];
  if (/<\/?[a-z][^>]*>/i.test(s.value))
    problems.push(`${where(s)}: HTML is shown as it is written: remove the tags`);
  if (/(^|\s)([*_])\S[^*_]*\2(?=\s|[.,!?]|$)/.test(s.value))
    problems.push(`${where(s)}: no *stars* or _underscores_ for emphasis: easy read uses none`);
  return problems;
}

// ---- 6. words about the machinery ----

/**
 * Words that say how the app works instead of what it does for the person (issue 9, item 15):
 * "Save to the server", "other devices". Say "Keep my plan safe", "on your phone too".
 */
const JARGON = /\b(servers?|sync\w*|devices?|upload\w*|download\w*|offline|browser|cache\w*)\b/i;

export function jargonProblems(s: LocaleString): string[] {
  // {{device}} is a value filled in (the name a person gave their phone), not a word shown.
  const m = JARGON.exec(s.value.replace(/\{\{[^}]*\}\}/g, ''));
  return m
    ? [`${where(s)}: "${m[0]}" is a word about the machinery: say what it does for the person`]
    : [];
}

// ---- 7. the same pictures in every language ----

/**
 * A translation shows the same picture at each place as English: every "symbol" English has is
 * there with the same value (a picture is chosen for the idea, not the language), and the
 * translation adds none.
 */
export function samePictureProblems(
  file: string,
  english: Json | undefined,
  translated: Json,
): string[] {
  const symbolsAt = (json: Json | undefined) => {
    const out = new Map<string, string>();
    const walk = (v: Json, key: string) => {
      if (Array.isArray(v)) v.forEach((item, i) => walk(item, join2(key, i)));
      else if (isObject(v))
        for (const [k, item] of Object.entries(v)) {
          if (k === 'symbol' && typeof item === 'string') out.set(key, item);
          walk(item, join2(key, k));
        }
    };
    if (json !== undefined) walk(json, '');
    return out;
  };
  const want = symbolsAt(english);
  const got = symbolsAt(translated);
  const problems: string[] = [];
  if (english === undefined) return [`${file}: English has no such file`];
  for (const [at, symbol] of want)
    if (got.get(at) !== symbol)
      problems.push(
        `${file} › ${at}: the picture must be "${symbol}", as in English (it is ${got.has(at) ? `"${got.get(at)}"` : 'missing'})`,
      );
  for (const [at, symbol] of got)
    if (!want.has(at)) problems.push(`${file} › ${at}: English has no picture here ("${symbol}")`);
  return problems;
}
