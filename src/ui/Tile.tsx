import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';

export interface TileProps {
  href: string;
  label: string;
  hint?: string;
  symbol: SymbolId;
}

/** A large picture link on the home screen. */
export function Tile({ href, label, hint, symbol }: TileProps) {
  return (
    <a href={href} class="tile">
      <Picture symbol={symbol} alt="" size="large" />
      <span class="tile__text">
        <span class="tile__label">{label}</span>
        {hint && <span class="tile__hint">{hint}</span>}
      </span>
    </a>
  );
}
