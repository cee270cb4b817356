// What "Read aloud" reads on a screen that has no words of its own prepared for it: the words the
// person sees in the main part, top to bottom, one block at a time (a heading, a paragraph, a
// label, a list item), so every screen can be heard (issue 9, item 14).
import { splitSentences } from '../shared/text';

const BLOCKS = 'h1, h2, h3, h4, p, li, label, legend, dt, dd, th, td, figcaption, .field__hint';
// Not read: the read-aloud buttons themselves, words only for screen readers, hidden parts.
const SKIP = '.read-aloud, .visually-hidden, [aria-hidden="true"], [hidden], [inert], .skip-link';

export function pageSentences(root: HTMLElement | null): string[] {
  if (!root) return [];
  const out: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.closest(SKIP)) continue;
    // A block inside another block is read as part of it, once.
    if (el.parentElement?.closest(BLOCKS) && root.contains(el.parentElement.closest(BLOCKS)))
      continue;
    // Shown on screen (a display: none part has no boxes).
    if (el.getClientRects().length === 0) continue;
    out.push(...splitSentences(el.innerText || el.textContent || ''));
  }
  return out;
}
