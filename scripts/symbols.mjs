// Copies the symbols the app uses from OpenMoji (CC BY-SA 4.0) into assets/symbols/, optimised,
// and writes the attribution list. Only the symbols named in assets/symbols/symbols.json ship.
// The OpenMoji package is large (40 MB), so it is not a dependency: this script fetches it with
// `npm pack` into a temporary folder when it runs. Run it after editing symbols.json:
//   node scripts/symbols.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OPENMOJI_VERSION = '17.0.0';
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'assets/symbols');
const manifest = JSON.parse(readFileSync(join(outDir, 'symbols.json'), 'utf8'));

function openmojiDir() {
  if (process.env.OPENMOJI_DIR) return process.env.OPENMOJI_DIR;
  const tmp = mkdtempSync(join(tmpdir(), 'openmoji-'));
  execFileSync('npm', ['pack', `openmoji@${OPENMOJI_VERSION}`, '--silent'], { cwd: tmp });
  const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', join(tmp, tgz), '-C', tmp]);
  return join(tmp, 'package');
}

/** Removes what a browser does not need: ids, comments, metadata and indentation. */
function optimise(svg) {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<metadata[\s\S]*?<\/metadata>/g, '')
    .replace(/\s(id)="[^"]*"/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .replace(/(\d)\.(\d{2})\d+/g, '$1.$2')
    .trim();
}

const src = openmojiDir();
const data = new Map(
  JSON.parse(readFileSync(join(src, 'data/openmoji.json'), 'utf8')).map((e) => [e.hexcode, e]),
);
const rows = [];
const credits = [];
const wanted = new Set();
for (const [id, hexcode] of Object.entries(manifest)) {
  if (id.startsWith('$')) continue;
  const entry = data.get(hexcode);
  const file = join(src, 'color/svg', `${hexcode}.svg`);
  if (!entry || !existsSync(file)) throw new Error(`OpenMoji has no ${hexcode} (for ${id})`);
  writeFileSync(join(outDir, `${id}.svg`), optimise(readFileSync(file, 'utf8')) + '\n');
  wanted.add(`${id}.svg`);
  rows.push(`| ${id} | ${entry.annotation} | ${hexcode} | ${entry.openmoji_author} |`);
  credits.push({ id, name: entry.annotation, hexcode, designer: entry.openmoji_author });
}
for (const f of readdirSync(outDir)) {
  if (f.endsWith('.svg') && !wanted.has(f)) rmSync(join(outDir, f));
}
writeFileSync(
  join(outDir, 'ATTRIBUTION.md'),
  `# Symbols

The symbols in this folder are from **OpenMoji** (https://openmoji.org), the open-source emoji and
icon project of HfG Schwäbisch Gmünd, version ${OPENMOJI_VERSION}. They are licensed under the
Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/). We removed ids, comments and white space from
the SVG files; we did not change the drawings. This list is made by \`node scripts/symbols.mjs\`.

| symbol in the app | OpenMoji name | code | designer |
| --- | --- | --- | --- |
${rows.join('\n')}
`,
);
// The same list as data, for the app's own "About the pictures" page (shown offline too).
writeFileSync(
  join(outDir, 'attribution.json'),
  JSON.stringify(
    {
      source: 'OpenMoji',
      url: 'https://openmoji.org',
      version: OPENMOJI_VERSION,
      licence: 'CC BY-SA 4.0',
      licenceName: 'Creative Commons Attribution-ShareAlike 4.0 International',
      licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
      symbols: credits,
    },
    null,
    2,
  ) + '\n',
);
console.log(`symbols: ${rows.length} written to assets/symbols`);
