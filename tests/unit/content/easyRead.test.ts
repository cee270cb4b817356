// The easy-read content test: every English string, in every namespace (locales/en/*.json,
// including files other features add), follows the rules in ./rules.ts. A failure lists each
// problem as "file › key: what is wrong: the sentence".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  abbreviationProblems,
  emphasisProblems,
  glossaryIds,
  jargonProblems,
  pictureProblems,
  readLocales,
  sentenceProblems,
  termProblems,
} from './rules';

const ROOT = join(__dirname, '../../..');
const files = readLocales(join(ROOT, 'locales/en'));
const symbols = new Set(
  Object.keys(
    JSON.parse(readFileSync(join(ROOT, 'assets/symbols/symbols.json'), 'utf8')) as object,
  ).filter((k) => !k.startsWith('$')),
);
const glossary = glossaryIds(files.find((f) => f.file.endsWith('/glossary.json'))?.json);

describe('easy read, over all English text', () => {
  it('finds the locale files and the glossary', () => {
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['locales/en/common.json', 'locales/en/learn.json']),
    );
    expect(glossary.size).toBeGreaterThan(10);
  });

  for (const { file, json, strings } of files) {
    describe(file, () => {
      it('has sentences of 15 words or fewer', () => {
        expect(strings.flatMap(sentenceProblems)).toEqual([]);
      });
      it('explains every abbreviation', () => {
        expect(abbreviationProblems(strings)).toEqual([]);
      });
      it('has a picture with a text alternative beside every paragraph', () => {
        expect(pictureProblems(file, json, symbols)).toEqual([]);
      });
      it('marks hard words well, and each one has a glossary entry', () => {
        expect(strings.flatMap((s) => termProblems(s, glossary))).toEqual([]);
      });
      it('uses no italics, capitals or HTML for emphasis', () => {
        expect(strings.flatMap(emphasisProblems)).toEqual([]);
      });
      it('uses no words about the machinery (server, device, sync, upload…)', () => {
        expect(strings.flatMap(jargonProblems)).toEqual([]);
      });
    });
  }
});
