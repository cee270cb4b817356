import { createContext } from 'preact';
import type { SymbolId } from '../content/symbols';

/**
 * The person's own photo for a symbol, if they chose one (an object URL), provided by the app
 * shell from their data. The kit reads it so every picture can show the photo, and never touches
 * the data itself.
 */
export type PhotoLookup = (symbol: SymbolId) => string | undefined;

export const PhotoLookupContext = createContext<PhotoLookup>(() => undefined);
