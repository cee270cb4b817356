// Right to left, done properly (issue 13): with Urdu chosen the whole layout mirrors, because the
// styles say "start" and "end", never "left" and "right". A shape that looks the same both ways
// (a tick, a chevron pointing down) may stay physical when its line says "not mirrored".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)[\w-]*|left|right|text-align:\s*(?:left|right)|float:\s*(?:left|right)|clear:\s*(?:left|right)|border-(?:top|bottom)-(?:left|right)-radius)\s*:?/;

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cssFiles(path) : name.endsWith('.css') ? [path] : [];
  });
}

describe('styles', () => {
  it('use logical properties (start and end), so a right-to-left language mirrors the layout', () => {
    const found = cssFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /^\s*(\/\*|\*)/.test(line) || line.includes('not mirrored') || !PHYSICAL.test(line)
            ? []
            : [`${file.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`],
        ),
    );
    expect(found).toEqual([]);
  });
});
