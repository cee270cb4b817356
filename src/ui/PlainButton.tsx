import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';

export interface PlainButtonProps {
  variant?: 'primary' | 'secondary';
  symbol?: SymbolId;
  onClick: () => void;
  children: ComponentChildren;
}

/**
 * The kit's button, looking and behaving the same for a tap, a click, Enter and Space, but without
 * react-aria: for the few buttons on the first screen (My cards, Read aloud), which must not wait
 * for react-aria's code and are prerendered into index.html. Everywhere else, use Button.
 */
export function PlainButton({ variant = 'primary', symbol, onClick, children }: PlainButtonProps) {
  return (
    <button type="button" class={`button button--${variant}`} onClick={onClick}>
      {symbol && <Picture symbol={symbol} alt="" size="icon" />}
      <span class="button__label">{children}</span>
    </button>
  );
}
