// Symbol id -> URL of its picture. Each picture is its own file at /symbols/<id>.svg (copied
// there by scripts/build/symbolFiles.mjs), which the service worker precaches, so pictures work
// offline and a screen downloads only the ones it shows. The first screen's pictures are views of
// one file instead (firstPictures.ts says why). Apart from symbols.ts so that drawing a picture
// does not bring the list of every picture (1.8 KiB) onto the first screen.
import { FIRST_PICTURES } from './firstPictures';
import type { SymbolId } from './symbolId';

export type { SymbolId };

const inFirst = new Set<string>(FIRST_PICTURES);

export function symbolUrl(id: SymbolId): string {
  const base = `${import.meta.env.BASE_URL}symbols/`;
  return inFirst.has(id) ? `${base}first.svg#${id}` : `${base}${id}.svg`;
}
