import type { ComponentChildren } from 'preact';

/**
 * A polite live region: screen readers announce what appears here ("Saved on this tablet")
 * without moving focus (WCAG 4.1.3). It is always in the page, so changes are heard.
 */
export function LiveStatus({
  children,
  class: cls,
}: {
  children?: ComponentChildren;
  class?: string;
}) {
  return (
    <div role="status" aria-live="polite" class={cls ?? 'live-status'}>
      {children}
    </div>
  );
}
