import { createContext } from 'preact';

/**
 * Fetches what the screen at an address needs (its code and words) before the person gets there,
 * so it opens sooner. The app shell provides it; the kit's links use it. It never navigates.
 */
export type PreloadScreen = (href: string) => void;

export const PreloadContext = createContext<PreloadScreen>(() => {});

/** Runs work once the browser is idle (at the latest after `timeout` ms); returns a cancel. */
export function whenIdle(work: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}

// Pictures fetched and read ahead, kept here so the browser keeps them ready to show.
const warmed = new Map<string, HTMLImageElement>();

/**
 * Reads pictures (a screen's symbols) ahead of the screen that shows them: the first time a page
 * shows an SVG picture the browser reads it into a document of its own, a few milliseconds each.
 */
export function warmImages(urls: readonly string[]): void {
  for (const url of urls) {
    if (warmed.has(url)) continue;
    const img = new Image();
    img.src = url;
    warmed.set(url, img);
  }
}
