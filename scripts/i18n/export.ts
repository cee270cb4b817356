// npm run i18n:export -- <code> [file]: writes a file a translator can work in, one row per text:
// the key, where it appears, a note (what kind of words, plural forms, parts to keep), the picture
// beside it, the English, and the translation so far (empty for a new language). A CSV opens in
// any spreadsheet; keep the header row and the key column as they are. Values that are names the
// app uses, not words (pictures' symbols, addresses, ids: see isIdentifier), are left out.
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import {
  expectedKeys,
  isIdentifier,
  noteFor,
  pictureFor,
  readCatalog,
  SOURCE,
  splitKey,
  whereUsed,
} from './catalog';

export const COLUMNS = ['key', 'where', 'note', 'picture', 'english', 'translation'] as const;

export function exportRows(code: string, root?: string): string[][] {
  const source = readCatalog(SOURCE, root);
  const existing = readCatalog(code, root);
  // Pictures' names, addresses and ids are not words: the import copies them from English.
  return [...expectedKeys(source, code)]
    .filter(([key, english]) => !isIdentifier(key, english))
    .map(([key, english]) => [
      key,
      whereUsed(splitKey(key)[0], key),
      noteFor(key, english, code),
      pictureFor(key, source),
      english,
      existing.get(key) ?? '',
    ]);
}

export function exportCsv(code: string, root?: string): string {
  // A byte-order mark, so spreadsheet programs open the file as UTF-8 (Urdu, Polish letters).
  return (
    '\uFEFF' + stringify([[...COLUMNS], ...exportRows(code, root)], { record_delimiter: '\r\n' })
  );
}

if (process.argv[1]?.endsWith('export.ts')) {
  const [code, file = `translations/${process.argv[2]}.csv`] = process.argv.slice(2);
  if (!code || !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(code)) {
    console.error('Say which language: npm run i18n:export -- ur');
    process.exit(1);
  }
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, exportCsv(code));
  console.log(`Wrote ${file}: ${exportRows(code).length} texts to translate into "${code}".`);
}
