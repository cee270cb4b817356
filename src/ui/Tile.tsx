import { useContext, useEffect } from 'preact/hooks';
import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';
import { PreloadContext, whenIdle } from './preload';

export interface TileProps {
  href: string;
  label: string;
  hint?: string;
  symbol: SymbolId;
  /** The screen it opens is likely next: fetch what it needs once this screen is idle. */
  preload?: boolean;
}

/** A large picture link on the home screen. */
export function Tile({ href, label, hint, symbol, preload = false }: TileProps) {
  const preloadScreen = useContext(PreloadContext);
  useEffect(() => {
    if (preload) return whenIdle(() => preloadScreen(href));
  }, [preload, href, preloadScreen]);
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
