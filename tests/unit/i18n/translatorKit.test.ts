// The translator's kit (scripts/i18n): every language the app offers is complete, and a
// translator's file goes out and comes back with every check (issue 13, item 4).
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import {
  checkTranslation,
  isIdentifier,
  LOCALES,
  pluralForms,
  readCatalog,
  SOURCE,
} from '../../../scripts/i18n/catalog';
import { exportCsv } from '../../../scripts/i18n/export';
import { describe as say, readTranslation, writeTranslation } from '../../../scripts/i18n/import';
import { report } from '../../../scripts/i18n/report';

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'locales-'));
  cpSync(join(LOCALES, SOURCE), join(root, SOURCE), { recursive: true });
  cpSync(join(LOCALES, 'languages.json'), join(root, 'languages.json'));
  return root;
}

/** A translator's file with every row "translated" (here: the English copied across). */
function filledRows(code: string, root: string): string[][] {
  const rows = parse(exportCsv(code, root).replace(/^\uFEFF/, '')) as string[][];
  return rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 5), r[4]!]));
}
const csv = (rows: string[][]) => stringify(rows);
const lineOf = (rows: string[][], key: string) => rows.findIndex((r) => r[0] === key) + 1;

// Each language the app offers passes every check: tests/unit/i18n/languages.test.ts.

// Each test reads and writes every locale file: slow on a busy machine, not a timing test.
describe("the translator's kit", { timeout: 30_000 }, () => {
  it('exports every text with where it appears, a note and the English, and imports it back', () => {
    const root = scratch();
    const rows = filledRows('pl', root);
    expect(rows[0]).toEqual(['key', 'where', 'note', 'picture', 'english', 'translation']);
    const title = rows.find((r) => r[0] === 'account:signIn.title')!;
    expect(title[1]).toContain('/account');
    expect(title[2]).toContain('heading');
    const result = readTranslation(csv(rows), 'pl', root);
    expect(result.problems.map(say)).toEqual([]);
    writeTranslation(result, root);
    expect(readCatalog('pl', root).get('account:signIn.title')).toBe('Keep my plan safe');
    // Written back with English's shape: lists stay lists, keys with dots ("0.7") stay keys.
    expect(checkTranslation(readCatalog(SOURCE, root), readCatalog('pl', root), 'pl')).toEqual([]);
    const settings = JSON.parse(readFileSync(join(root, 'pl', 'settings.json'), 'utf8'));
    expect(Object.keys(settings.readAloud.speeds)).toContain('0.7');
    expect(
      Array.isArray(JSON.parse(readFileSync(join(root, 'pl', 'help.json'), 'utf8')).items),
    ).toBe(true);
    const listed = JSON.parse(readFileSync(join(root, 'languages.json'), 'utf8')).languages;
    expect(listed.find((l: { code: string }) => l.code === 'pl')).toMatchObject({
      // Its name in itself: from Intl for a new language, or as languages.json already has it.
      name: expect.stringMatching(/^polski$/i),
      dir: 'ltr',
      checked: false,
    });
    expect(report(root).find((l) => l.startsWith('pl'))).toMatch(/100%.*NOT yet checked/);
  });

  it('asks for the plural forms each language needs: Polish has one, few, many and other', () => {
    expect(pluralForms('pl')).toEqual(['few', 'many', 'one', 'other']);
    const rows = filledRows('pl', scratch());
    const many = rows.filter((r) => r[0]!.endsWith('_many'));
    expect(many.length).toBeGreaterThan(0);
    expect(many[0]![2]).toMatch(/plural form "many", for numbers like 0, 5, 6, 7/);
    const without = rows.filter((r) => r !== many[0]);
    expect(readTranslation(csv(without), 'pl').problems.map((p) => p.message)).toContain(
      'missing: this text has no translation',
    );
  });

  it('marks a right-to-left language as such when it is first imported', () => {
    const root = scratch();
    const result = readTranslation(csv(filledRows('ur', root)), 'ur', root);
    expect(result.problems).toEqual([]);
    writeTranslation(result, root);
    const listed = JSON.parse(readFileSync(join(root, 'languages.json'), 'utf8')).languages;
    expect(listed.find((l: { code: string }) => l.code === 'ur')).toMatchObject({
      name: 'اردو',
      dir: 'rtl',
    });
  });

  it('refuses a broken file, writes nothing, and names the line of each problem', () => {
    const root = scratch();
    const rows = filledRows('pl', root);
    const withName = rows.findIndex((r, i) => i > 0 && r[4]!.includes('{{'));
    rows[withName]![5] = rows[withName]![5]!.replace(/\{\{[^}]+\}\}/, 'someone');
    const long = rows.findIndex((r, i) => i > 0 && r[0]!.endsWith('.lede'));
    rows[long]![5] =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    rows.push(['planner:notAKey', '', '', '', '', 'Nowy tekst']);
    rows.push([...rows[2]!]);
    const { problems } = readTranslation(csv(rows), 'pl', root);
    const messages = problems.map(say);
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^line ${withName + 1} .*must keep exactly these parts`)),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^line ${long + 1} .*sentence of 16 words`)),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^line ${rows.length - 1} \\(planner:notAKey\\): extra`)),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^line ${rows.length} .*also on line ${lineOf(rows, rows[2]![0]!)}`),
      ),
    );
    expect(existsSync(join(root, 'pl'))).toBe(false);
  });

  it('keeps each hard word’s glossary id, so the word can still be tapped to explain it', () => {
    const source = new Map([['learn:x', 'Ask your [[advocate]].']]);
    expect(
      checkTranslation(source, new Map([['learn:x', 'Zapytaj [[rzecznika|advocate]].']]), 'pl'),
    ).toEqual([]);
    expect(
      checkTranslation(source, new Map([['learn:x', 'Zapytaj [[rzecznika]].']]), 'pl')[0]!.message,
    ).toMatch(/\[\[…\|advocate\]\]/);
  });

  it('tells the translator, beside each hard word, to translate the word and keep its id', () => {
    const rows = filledRows('ur', scratch());
    const row = rows.find((r) => /\[\[advocate\]\]/.test(r[4]!))!;
    expect(row[2]).toContain(
      'keep [[…|advocate]]: translate the word before the bar, keep the English id after it',
    );
  });

  it('leaves pictures, addresses and ids out of the file, and copies them from English', () => {
    const root = scratch();
    const source = readCatalog(SOURCE, root);
    const rows = filledRows('pl', root);
    const keys = new Set(rows.map((r) => r[0]));
    const symbolKey = [...source.keys()].find((k) => k.endsWith('.symbol'))!;
    const hrefKey = [...source.keys()].find((k) => k.endsWith('.href'))!;
    expect(source.get(hrefKey)).toMatch(/^\//);
    expect(keys.has(symbolKey)).toBe(false);
    // …but the picture's name is beside the words it goes with.
    const textKey = [...source.keys()].find(
      (k) => k.endsWith('.text') && source.has(k.replace(/text$/, 'symbol')),
    )!;
    expect(rows.find((r) => r[0] === textKey)?.[3]).toBe(
      source.get(textKey.replace(/text$/, 'symbol')),
    );
    expect(keys.has(hrefKey)).toBe(false);
    // A key named like an identifier whose English is words is still given to translate.
    expect(source.get('diary:find.to')).toBe('To this day');
    expect(isIdentifier('diary:find.to', 'To this day')).toBe(false);
    expect(keys.has('diary:find.to')).toBe(true);
    expect(keys.has('diary:find.kind')).toBe(true);

    const result = readTranslation(csv(rows), 'pl', root);
    expect(result.problems.map(say)).toEqual([]);
    writeTranslation(result, root);
    const written = readCatalog('pl', root);
    expect(written.get(symbolKey)).toBe(source.get(symbolKey));
    expect(written.get(hrefKey)).toBe(source.get(hrefKey));
  });

  it('refuses a file that changes a picture or an address, naming the line', () => {
    const root = scratch();
    const source = readCatalog(SOURCE, root);
    const symbolKey = [...source.keys()].find((k) => k.endsWith('.symbol'))!;
    const rows = filledRows('pl', root);
    rows.push([symbolKey, '', '', '', source.get(symbolKey)!, 'kalendarz']);
    const { problems } = readTranslation(csv(rows), 'pl', root);
    expect(problems.map(say)).toEqual([
      expect.stringMatching(
        new RegExp(`^line ${rows.length} \\(${symbolKey}\\): changed: .* keep it as it is`),
      ),
    ]);
    // And the same check over locale files: a translation that changed a symbol.
    const translated = new Map(source);
    translated.set(symbolKey, 'kalendarz');
    expect(checkTranslation(source, translated, 'en').map((p) => p.key)).toEqual([symbolKey]);
  });

  it('says which line of a file that is not a CSV went wrong', () => {
    const { problems } = readTranslation(
      'key,where,note,picture,english,translation\n"a,b\n',
      'pl',
    );
    expect(problems[0]!.message).toMatch(/not a readable CSV/);
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});
