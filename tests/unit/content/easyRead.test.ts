// The easy-read content test: every string, in every namespace (locales/<lang>/*.json, including
// files other features add), of every language the app offers (locales/languages.json), follows
// the rules in ./rules.ts. A failure lists each problem as "file › key: what is wrong: the
// sentence".
//
// In every language: sentences of 15 words or fewer, no emphasis markup, every hard word names an
// entry of that language's own glossary, and every picture is the same symbol as English's at the
// same place, with its text alternative. The abbreviation and "words about the machinery" rules are
// English word lists (capital letters spelling a short form; "server", "sync"…), so they run on
// English only: a translation's abbreviations are checked by whoever checks the translation.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  abbreviationProblems,
  emphasisProblems,
  glossaryIds,
  jargonProblems,
  pictureProblems,
  readLocales,
  samePictureProblems,
  sentenceProblems,
  termProblems,
} from './rules';

const ROOT = join(__dirname, '../../..');
const LOCALES = join(ROOT, 'locales');
const SOURCE = 'en';
const symbols = new Set(
  Object.keys(
    JSON.parse(readFileSync(join(ROOT, 'assets/symbols/symbols.json'), 'utf8')) as object,
  ).filter((k) => !k.startsWith('$')),
);
const listed = (
  JSON.parse(readFileSync(join(LOCALES, 'languages.json'), 'utf8')) as {
    languages: { code: string }[];
  }
).languages.map((l) => l.code);
// The languages issue 13 ships, checked as soon as their folder exists; until then they are
// skipped, by name, unless languages.json lists them (then a missing folder fails). A folder of
// words still being written for another language is checked too, from its first file.
const PLANNED = ['ur', 'pl'];
const folders = readdirSync(LOCALES).filter((d) => statSync(join(LOCALES, d)).isDirectory());
const codes = [...new Set([SOURCE, ...listed, ...PLANNED, ...folders])];
const english = readLocales(join(LOCALES, SOURCE));
const englishGlossary = glossaryIds(english.find((f) => f.file.endsWith('/glossary.json'))?.json);

for (const code of codes) {
  const dir = join(LOCALES, code);
  const offered = code === SOURCE || listed.includes(code);
  if (!offered && !existsSync(dir)) {
    describe.skip(`easy read in "${code}": no locales/${code} yet, and not listed`, () => {
      it('is checked once its words arrive', () => {});
    });
    continue;
  }
  describe(`easy read, over all text in "${code}"`, () => {
    if (offered)
      it('has its folder of words, with a glossary (it is listed in languages.json)', () => {
        expect(existsSync(dir), `locales/${code}`).toBe(true);
        expect(existsSync(join(dir, 'glossary.json')), `locales/${code}/glossary.json`).toBe(true);
      });
    if (!existsSync(dir)) return;

    const files = code === SOURCE ? english : readLocales(dir);
    const ownGlossary = files.find((f) => f.file.endsWith('/glossary.json'));
    // A translation still being written may not have its glossary yet: its hard words name
    // English's ids, so they are checked against those until it has (a listed one must, above).
    const glossary = ownGlossary ? glossaryIds(ownGlossary.json) : englishGlossary;
    if (code === SOURCE)
      it('finds the locale files and the glossary', () => {
        expect(files.map((f) => f.file)).toEqual(
          expect.arrayContaining(['locales/en/common.json', 'locales/en/learn.json']),
        );
        expect(glossary.size).toBeGreaterThan(10);
      });

    for (const { file, json, strings } of files) {
      const source = english.find((f) => f.file === file.replace(`/${code}/`, `/${SOURCE}/`));
      describe(file, () => {
        it('has sentences of 15 words or fewer', () => {
          expect(strings.flatMap(sentenceProblems)).toEqual([]);
        });
        it('has a picture with a text alternative beside every paragraph', () => {
          expect(pictureProblems(file, json, symbols)).toEqual([]);
        });
        if (code !== SOURCE)
          it('shows the same picture as English at each place', () => {
            expect(samePictureProblems(file, source?.json, json)).toEqual([]);
          });
        it('marks hard words well, and each one has an entry in its own glossary', () => {
          expect(strings.flatMap((s) => termProblems(s, glossary))).toEqual([]);
        });
        it('uses no italics, capitals or HTML for emphasis', () => {
          expect(strings.flatMap(emphasisProblems)).toEqual([]);
        });
        // English word lists: see the comment at the top.
        if (code === SOURCE) {
          it('explains every abbreviation', () => {
            expect(abbreviationProblems(strings)).toEqual([]);
          });
          it('uses no words about the machinery (server, device, sync, upload…)', () => {
            expect(strings.flatMap(jargonProblems)).toEqual([]);
          });
        }
      });
    }
  });
}
