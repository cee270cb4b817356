// Words that should stay whole: easy read keeps each word on one line.
import type { Page } from '@playwright/test';

/**
 * Words broken across lines although they had room to be whole, on buttons and the ways out, in
 * headings and on tiles: a word may break only when it alone is wider than its box (a long email address, say).
 */
export async function brokenWords(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const text of document.querySelectorAll<HTMLElement>(
      '.button__label, .frame-nav__link > span, h1, h2, h3, .tile__label',
    )) {
      if (!text.checkVisibility()) continue;
      const box = text.closest<HTMLElement>('.button, .frame-nav__link') ?? text;
      const style = getComputedStyle(box);
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      measure.font = getComputedStyle(text).font;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A word with a hyphen may break after it, as print does: each part counts on its own.
        for (const word of (node.textContent ?? '').matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1 && measure.measureText(word[0]).width < room - 1)
            out.push(`"${word[0]}" in "${text.textContent}"`);
        }
      }
    }
    return out;
  });
}
