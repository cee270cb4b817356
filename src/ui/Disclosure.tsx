import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { SymbolId } from '../content/symbols';
import { Button } from './Button';

export interface DisclosureProps {
  /** The button's words, e.g. "More ways to answer". */
  label: string;
  symbol?: SymbolId;
  /**
   * Something inside is already filled in. It is then shown open and cannot be closed, so nothing
   * the person saved is ever hidden behind a button.
   */
  hasContent?: boolean;
  children: ComponentChildren;
}

/** Less-used parts of a screen, one tap away: a big button that shows or hides them. */
export function Disclosure({ label, symbol, hasContent = false, children }: DisclosureProps) {
  const id = useId();
  const [open, setOpen] = useState(hasContent);
  // Content that arrives later (from another device, or just recorded) keeps the part open.
  useEffect(() => {
    if (hasContent) setOpen(true);
  }, [hasContent]);
  const shown = open || hasContent;
  return (
    <div class="disclosure">
      {hasContent ? (
        <h2 class="disclosure__title">{label}</h2>
      ) : (
        <Button
          variant="secondary"
          symbol={symbol}
          aria-expanded={shown}
          aria-controls={`${id}-part`}
          onPress={() => setOpen(!open)}
          class="disclosure__button"
        >
          {label}
        </Button>
      )}
      <div id={`${id}-part`} class="disclosure__part" hidden={!shown}>
        {shown && children}
      </div>
    </div>
  );
}
