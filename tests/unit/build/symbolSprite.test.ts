// Pictures in one file a sheet: each shown by its own name, drawn as it is alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../../assets/symbols/symbols.json';
import { symbolSprite } from '../../../scripts/build/symbolSprite.mjs';
import { PICTURE_SHEETS } from '../../../src/content/pictureSheets';
import { symbolUrl } from '../../../src/content/symbolUrl';

const files: Record<string, string> = {
  home: '<svg viewBox="0 0 72 72" xmlns="http://www.w3.org/2000/svg"><rect x="1" y="2" width="3" height="4"/></svg>\n',
  help: '<svg viewBox="0 0 72 72" version="1.1" xmlns="http://www.w3.org/2000/svg"><circle cx="36" cy="36" r="9"/></svg>',
};

describe('the first screen’s picture file', () => {
  const sprite = symbolSprite(['home', 'help'], (id) => files[id]!);

  it('gives each picture a view of its own 72 × 72 square, one below the other', () => {
    expect(sprite).toContain('<view id="home" viewBox="0 0 72 72"/>');
    expect(sprite).toContain('<view id="help" viewBox="0 72 72 72"/>');
  });

  it('draws each picture in its square as it was, with its own grid', () => {
    expect(sprite).toContain(
      '<svg y="0" width="72" height="72" viewBox="0 0 72 72"><rect x="1" y="2" width="3" height="4"/></svg>',
    );
    expect(sprite).toContain(
      '<svg y="72" width="72" height="72" viewBox="0 0 72 72"><circle cx="36" cy="36" r="9"/></svg>',
    );
  });

  it('is one SVG document', () => {
    expect(sprite.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(sprite.trimEnd().endsWith('</svg>')).toBe(true);
    expect(sprite.match(/<svg\b/g)).toHaveLength(3);
  });

  it('refuses a file that is not one SVG picture', () => {
    expect(() => symbolSprite(['x'], () => '<p>not a picture</p>')).toThrow('x.svg');
  });
});

describe('the picture sheets', () => {
  const all = Object.values(PICTURE_SHEETS).flat();
  const css = readFileSync(
    new URL('../../../src/ui/styles/components.css', import.meta.url),
    'utf8',
  );

  it('name only pictures this version has, each in one sheet at most', () => {
    expect(all.filter((id) => !Object.hasOwn(manifest, id))).toEqual([]);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('leave out the pictures turned round for right-to-left languages, which are found by file name', () => {
    const turned = [...css.matchAll(/img\[src\$='\/symbols\/([a-z-]+)\.svg'\]/g)].map((m) => m[1]);
    expect(turned.length).toBeGreaterThan(0);
    expect(all.filter((id) => turned.includes(id))).toEqual([]);
  });

  it('send a sheet’s pictures to its file, and the others to their own', () => {
    expect(symbolUrl('home')).toBe('/symbols/sheets/first.svg#home');
    expect(symbolUrl('call')).toBe('/symbols/sheets/diary.svg#call');
    expect(symbolUrl('previous')).toBe('/symbols/previous.svg');
  });
});
