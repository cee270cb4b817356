// Only the symbols the app uses are shipped (and precached): each one in the manifest must be
// named somewhere in the code or the words, as a literal id.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(
  readFileSync(join(ROOT, 'assets/symbols/symbols.json'), 'utf8'),
) as Record<string, string>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|json)$/.test(name) ? [path] : [];
  });
}

// The "My own photos" page lists every symbol by name, so it cannot count as a use.
const sources = [...files(join(ROOT, 'src')), ...files(join(ROOT, 'locales'))]
  .filter((f) => !f.endsWith('pictures.json'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('symbols', () => {
  it('ships only symbols the app uses', () => {
    const unused = Object.keys(manifest).filter(
      (id) => !id.startsWith('$') && !new RegExp(`['"\`]${id}['"\`]`).test(sources),
    );
    expect(unused).toEqual([]);
  });

  it('has one SVG file per symbol, and no other', () => {
    const svgs = readdirSync(join(ROOT, 'assets/symbols'))
      .filter((f) => f.endsWith('.svg'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(svgs).toEqual(
      Object.keys(manifest)
        .filter((k) => !k.startsWith('$'))
        .sort(),
    );
  });
});
