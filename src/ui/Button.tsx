import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useButton, type AriaButtonProps } from 'react-aria';
import type { SymbolId } from '../content/symbols';
import { Picture } from './Picture';

export interface ButtonProps extends AriaButtonProps<'button'> {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning' | 'quiet';
  /** A symbol shown before the words; decorative, because the words name the button. */
  symbol?: SymbolId;
  class?: string;
  'aria-pressed'?: boolean;
}

export function Button({
  variant = 'primary',
  symbol,
  class: cls,
  children,
  ...props
}: ButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const { buttonProps } = useButton(props, ref);
  return (
    <button
      {...buttonProps}
      aria-pressed={props['aria-pressed']}
      ref={ref}
      class={`button button--${variant}${cls ? ` ${cls}` : ''}`}
    >
      {symbol && <Picture symbol={symbol} alt="" size="icon" />}
      <span class="button__label">{children}</span>
    </button>
  );
}
