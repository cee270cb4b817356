// Symbol id -> URL of its picture. Each picture is its own file at /symbols/<id>.svg (copied
// there by scripts/build/symbolFiles.mjs), which the service worker precaches, so pictures work
// offline and a screen downloads only the ones it shows; the pictures of a sheet are views of one
// file instead (pictureSheets.ts says why). Apart from symbols.ts so that drawing a picture does
// not bring the list of every picture (1.8 KiB) onto the first screen.
import { PICTURE_SHEETS, type PictureSheet } from './pictureSheets';
import type { SymbolId } from './symbolId';

export type { SymbolId };

const sheetOf = new Map<string, PictureSheet>(
  Object.entries(PICTURE_SHEETS).flatMap(([sheet, ids]) =>
    ids.map((id) => [id, sheet as PictureSheet] as const),
  ),
);

export function symbolUrl(id: SymbolId): string {
  const base = `${import.meta.env.BASE_URL}symbols/`;
  const sheet = sheetOf.get(id);
  return sheet ? `${base}sheets/${sheet}.svg#${id}` : `${base}${id}.svg`;
}
