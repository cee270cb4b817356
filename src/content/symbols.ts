// Which pictures this version has. Drawing one needs only its address (symbolUrl.ts).
import manifest from '../../assets/symbols/symbols.json';
import type { SymbolId } from './symbolId';

export type { SymbolId };

/** Whether a stored value (a timetable step's picture, say) names a picture this version has. */
export function isSymbolId(value: string): value is SymbolId {
  return value !== '$comment' && Object.hasOwn(manifest, value);
}
