// npm run i18n:import -- <file.csv> [code]: reads a translator's file back. Nothing is written
// unless the whole file passes every check (every key, nothing extra, placeholders, hard words
// and tags kept, plural forms the language needs, easy-read sentence length); each problem names
// its line. Then it writes locales/<code>/*.json and adds the language to locales/languages.json
// (not yet checked by a speaker: set "checked" to true when one has).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  checkTranslation,
  isIdentifier,
  LOCALES,
  readCatalog,
  SOURCE,
  toFiles,
  type Catalog,
  type Problem,
} from './catalog';
import { COLUMNS } from './export';

export interface ImportResult {
  code: string;
  catalog: Catalog;
  problems: Problem[];
}

/** Reads and checks a translator's CSV; writes nothing. */
export function readTranslation(csv: string, code: string, root = LOCALES): ImportResult {
  const problems: Problem[] = [];
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv.replace(/^\uFEFF/, ''), {
      info: true,
      relax_column_count: false,
    }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    return {
      code,
      catalog: new Map(),
      problems: [
        { key: '', line: e.lines, message: `the file is not a readable CSV: ${e.message}` },
      ],
    };
  }
  const header = rows[0]?.record ?? [];
  if (COLUMNS.some((c, i) => header[i] !== c))
    return {
      code,
      catalog: new Map(),
      problems: [{ key: '', line: 1, message: `the first row must be: ${COLUMNS.join(',')}` }],
    };
  const catalog: Catalog = new Map();
  const lines = new Map<string, number>();
  for (const { record, info } of rows.slice(1)) {
    const key = record[0]!;
    if (lines.has(key)) {
      problems.push({
        key,
        line: info.lines,
        message: `this key is also on line ${lines.get(key)}`,
      });
      continue;
    }
    lines.set(key, info.lines);
    catalog.set(key, record[5]!);
  }
  // The names the export left out (pictures, addresses, ids) come from English as they are.
  const source = readCatalog(SOURCE, root);
  for (const [key, english] of source)
    if (isIdentifier(key, english) && !catalog.has(key)) catalog.set(key, english);
  problems.push(...checkTranslation(source, catalog, code, lines));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { code, catalog, problems };
}

/** Writes a checked translation into locales/<code>/ and lists the language. */
export function writeTranslation({ code, catalog }: ImportResult, root = LOCALES): void {
  const dir = join(root, code);
  mkdirSync(dir, { recursive: true });
  for (const [ns, json] of toFiles(catalog, code, root))
    writeFileSync(join(dir, `${ns}.json`), JSON.stringify(json, null, 2) + '\n');
  const listFile = join(root, 'languages.json');
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as {
    languages: { code: string; name: string; dir: string; dateLocale: string; checked: boolean }[];
  };
  if (!list.languages.some((l) => l.code === code)) {
    const locale = new Intl.Locale(code) as Intl.Locale & { textInfo?: { direction?: string } };
    list.languages.push({
      code,
      name: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code,
      dir: locale.textInfo?.direction === 'rtl' ? 'rtl' : 'ltr',
      dateLocale: code,
      checked: false,
    });
    writeFileSync(listFile, JSON.stringify(list, null, 2) + '\n');
  }
}

export function describe(problem: Problem): string {
  return `${problem.line ? `line ${problem.line}` : 'file'}${problem.key ? ` (${problem.key})` : ''}: ${problem.message}`;
}

if (process.argv[1]?.endsWith('import.ts')) {
  const [file, given] = process.argv.slice(2);
  if (!file) {
    console.error('Say which file: npm run i18n:import -- translations/ur.csv');
    process.exit(1);
  }
  const code = given ?? basename(file).replace(/\.csv$/i, '');
  const result = readTranslation(readFileSync(file, 'utf8'), code);
  if (result.problems.length) {
    console.error(`Nothing was written. ${result.problems.length} problem(s) in ${file}:`);
    for (const p of result.problems.slice(0, 200)) console.error(`  ${describe(p)}`);
    process.exit(1);
  }
  writeTranslation(result);
  console.log(`Wrote locales/${code}/: ${result.catalog.size} texts. Run npm run i18n:report.`);
}
