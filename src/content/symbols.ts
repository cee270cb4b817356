// Symbol id -> URL of its SVG file. Each picture is its own file at /symbols/<id>.svg (copied
// there by scripts/build/symbolFiles.mjs), which the service worker precaches, so pictures work
// offline and the first screen downloads only the ones it shows.
import manifest from '../../assets/symbols/symbols.json';

type Manifest = typeof manifest;
export type SymbolId = Exclude<keyof Manifest, '$comment'>;

export function symbolUrl(id: SymbolId): string {
  return `${import.meta.env.BASE_URL}symbols/${id}.svg`;
}

/** Whether a stored value (a timetable step's picture, say) names a picture this version has. */
export function isSymbolId(value: string): value is SymbolId {
  return value !== '$comment' && Object.hasOwn(manifest, value);
}
