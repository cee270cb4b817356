// Every language the app offers (locales/languages.json) is complete by test (issue 13, item 5):
// every key of English and no extra, every {{placeholder}}, hard word and tag kept, the plural
// forms its grammar needs (Polish: one, few, many, other), and pictures and addresses unchanged.
// Urdu and Polish, which issue 13 ships, are checked as soon as they are listed or their folder
// exists; before that they are skipped by name.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkTranslation,
  expectedKeys,
  LOCALES,
  pluralBase,
  pluralForms,
  readCatalog,
  SOURCE,
  type Catalog,
  type Problem,
} from '../../../scripts/i18n/catalog';
import languages from '../../../locales/languages.json';

const PLANNED = ['ur', 'pl'];
const listed = languages.languages.map((l) => l.code).filter((c) => c !== SOURCE);
const source = readCatalog(SOURCE);
const show = (problems: Problem[]) => problems.map((p) => `${p.key}: ${p.message}`);

/** The keys a language is missing, or has that English's shape does not ask for. */
function keyProblems(target: Catalog, code: string): string[] {
  const expected = expectedKeys(source, code);
  return [
    ...[...expected.keys()].filter((k) => !target.has(k)).map((k) => `missing ${k}`),
    ...[...target.keys()].filter((k) => !expected.has(k)).map((k) => `extra ${k}`),
  ];
}

/** Each English plural group, with the forms the language has for it. */
function pluralGroups(target: Catalog): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of source.keys()) {
    const p = pluralBase(key);
    if (p && p.form !== 'zero') groups.set(p.base, []);
  }
  for (const key of target.keys()) {
    const p = pluralBase(key);
    // A "_zero" is the app's own wording for none, kept where English has one: not a grammar form.
    if (p && p.form !== 'zero' && groups.has(p.base)) groups.get(p.base)!.push(p.form);
  }
  return groups;
}

for (const code of [...new Set([...listed, ...PLANNED])]) {
  const present = existsSync(join(LOCALES, code));
  const run = listed.includes(code) || present ? describe : describe.skip;
  run(`the "${code}" translation`, () => {
    const target = readCatalog(code);

    it('has its folder of words', () => {
      expect(present, `locales/${code}`).toBe(true);
    });

    it('has every key of English and no extra', () => {
      expect(keyProblems(target, code)).toEqual([]);
    });

    it('keeps every placeholder, hard word id and tag of English', () => {
      const kept = checkTranslation(source, target, code).filter((p) =>
        p.message.startsWith('must keep'),
      );
      expect(show(kept)).toEqual([]);
    });

    it(`has every plural form its grammar needs (${pluralForms(code).join(', ')})`, () => {
      const want = [...pluralForms(code)].sort();
      const incomplete = [...pluralGroups(target)]
        .filter(([, forms]) => JSON.stringify([...forms].sort()) !== JSON.stringify(want))
        .map(([base, forms]) => `${base}: has ${forms.sort().join(', ') || 'none'}`);
      expect(incomplete).toEqual([]);
    });

    it('keeps every picture, address and id as English has it, and passes every check', () => {
      expect(show(checkTranslation(source, target, code))).toEqual([]);
    });
  });
}

describe('the checks themselves', () => {
  it('know Polish has four plural forms and Urdu two', () => {
    expect(pluralForms('pl').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(pluralForms('ur').sort()).toEqual(['one', 'other']);
  });

  it('find a Polish plural without its "few" form, and an extra key', () => {
    const base = [...source.keys()].map(pluralBase).find((p) => p?.form === 'other')!.base;
    const target: Catalog = new Map(expectedKeys(source, 'pl'));
    target.delete(`${base}_few`);
    target.set('common:notAKey', 'x');
    expect(keyProblems(target, 'pl')).toEqual([`missing ${base}_few`, 'extra common:notAKey']);
    expect(pluralGroups(target).get(base)!.sort()).toEqual(['many', 'one', 'other']);
  });

  it('find a lost placeholder and a hard word without its id', () => {
    const withName = [...source].find(([, t]) => /\{\{\w+\}\}/.test(t))!;
    const withTerm = [...source].find(([, t]) => /\[\[[^|\]]+\]\]/.test(t))!;
    const target: Catalog = new Map(expectedKeys(source, 'pl'));
    target.set(withName[0], withName[1].replace(/\{\{\w+\}\}/, 'ktoś'));
    target.set(withTerm[0], withTerm[1].replace(/\[\[[^|\]]+\]\]/, 'słowo'));
    expect(
      checkTranslation(source, target, 'pl')
        .filter((p) => p.message.startsWith('must keep'))
        .map((p) => p.key)
        .sort(),
    ).toEqual([withName[0], withTerm[0]].sort());
  });
});
