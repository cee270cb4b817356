import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';

export interface LinkButtonProps {
  href: string;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary';
  symbol?: SymbolId;
  onClick?: () => void;
}

/** A link that looks like a button: it goes somewhere, so it is a link for screen readers. */
export function LinkButton({
  href,
  children,
  variant = 'secondary',
  symbol,
  onClick,
}: LinkButtonProps) {
  return (
    <a href={href} class={`button button--${variant}`} onClick={onClick}>
      {symbol && <Picture symbol={symbol} alt="" size="icon" />}
      <span class="button__label">{children}</span>
    </a>
  );
}
