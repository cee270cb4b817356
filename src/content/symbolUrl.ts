// Symbol id -> URL of its SVG file. Each picture is its own file at /symbols/<id>.svg (copied
// there by scripts/build/symbolFiles.mjs), which the service worker precaches, so pictures work
// offline and the first screen downloads only the ones it shows. Apart from symbols.ts so that
// drawing a picture does not bring the list of every picture (1.8 KiB) onto the first screen.
import type manifest from '../../assets/symbols/symbols.json';

export type SymbolId = Exclude<keyof typeof manifest, '$comment'>;

export function symbolUrl(id: SymbolId): string {
  return `${import.meta.env.BASE_URL}symbols/${id}.svg`;
}
