// Screenshots to look at a screen as the guide asks: 810×1080 and 390×844, each at 100% and 200%
// text. They are written under /tmp (never the repo) and only when a spec is asked for them.
import type { Locator, Page } from '@playwright/test';

export interface ScreenshotOptions {
  /** The screen around this element (scrolled to the middle), or the viewport; else the whole page. */
  at?: Locator | 'viewport';
  /** The viewport size to go back to afterwards (else it stays at the last size taken). */
  restore?: { width: number; height: number };
}

/** Writes `${dir}/${name}-${width}-${textSize}.png` for each size, then sets the text back to 100%. */
export async function screenshots(
  page: Page,
  dir: string,
  name: string,
  { at, restore }: ScreenshotOptions = {},
) {
  for (const [w, h] of [
    [810, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const size of ['100', '200']) {
      await page.evaluate((s) => document.documentElement.setAttribute('data-text-size', s), size);
      if (at && at !== 'viewport') await at.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: `${dir}/${name}-${w}-${size}.png`, fullPage: !at });
    }
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '100'));
  if (restore) await page.setViewportSize(restore);
}
