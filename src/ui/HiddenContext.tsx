import type { ComponentChildren } from 'preact';

/**
 * Words only screen readers hear, after a label that repeats on a screen: "Change (Lunch)",
 * "Remove (Lunch)". The space sits outside the hidden span, so every browser and the tests
 * compute the same name (Chromium adds a space around the hidden span; jsdom does not).
 */
export function HiddenContext({ children }: { children: ComponentChildren }) {
  return (
    <>
      {' '}
      <span class="visually-hidden">({children})</span>
    </>
  );
}
