// Symbol id -> URL of its SVG file. Every symbol is a separate hashed file that the service worker
// precaches, so pictures work offline and the first screen downloads only the ones it shows.

const files = import.meta.glob<string>('/assets/symbols/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

type Manifest = typeof import('../../assets/symbols/symbols.json');
export type SymbolId = Exclude<keyof Manifest, '$comment'>;

export function symbolUrl(id: SymbolId): string {
  const url = files[`/assets/symbols/${id}.svg`];
  if (!url) throw new Error(`No symbol file for "${id}": run node scripts/symbols.mjs`);
  return url;
}

export function isSymbolId(value: string): value is SymbolId {
  return value !== '$comment' && `/assets/symbols/${value}.svg` in files;
}
