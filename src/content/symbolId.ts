// The name of a picture this version has (assets/symbols/symbols.json).
import type manifest from '../../assets/symbols/symbols.json';

export type SymbolId = Exclude<keyof typeof manifest, '$comment'>;
