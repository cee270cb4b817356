// npm run i18n:report: how complete each language is, and whether a speaker has checked it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTranslation, expectedKeys, LOCALES, readCatalog, SOURCE } from './catalog';

export function report(root = LOCALES): string[] {
  const source = readCatalog(SOURCE, root);
  const { languages } = JSON.parse(readFileSync(join(root, 'languages.json'), 'utf8')) as {
    languages: { code: string; name: string; checked: boolean }[];
  };
  return languages.map(({ code, name, checked }) => {
    if (code === SOURCE) return `${code} ${name}: the source (${source.size} texts)`;
    const target = readCatalog(code, root);
    const expected = expectedKeys(source, code);
    const done = [...expected].filter(
      ([k, en]) => target.get(k)?.trim() || (target.has(k) && !en.trim()),
    ).length;
    const problems = checkTranslation(source, target, code).length;
    const pct = Math.floor((done / expected.size) * 100);
    return `${code} ${name}: ${done} of ${expected.size} texts (${pct}%), ${problems} problem(s); ${checked ? 'checked by a speaker' : 'NOT yet checked by a speaker'}`;
  });
}

if (process.argv[1]?.endsWith('report.ts')) for (const line of report()) console.log(line);
