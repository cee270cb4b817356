// What a screen needs is fetched as soon as the person shows they are going there (a finger or
// pointer down on its link, or the keyboard's focus on it), not only once they let go: the tens
// of milliseconds between the two are spent loading the screen rather than waiting for it.
import type { PreloadScreen } from '../ui/preload';

/** Fetches the code and words of the screen at an address of this app (the screens table). */
export const preloadScreen: PreloadScreen = (href) => {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return;
  void import('./routes').then((m) => m.preloadScreen(url.pathname));
};

/** Preloads a link's screen when it is pressed or focused; returns a stop. */
export function preloadOnIntent(preload: PreloadScreen = preloadScreen): () => void {
  const onIntent = (e: Event) => {
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (link instanceof HTMLAnchorElement && !link.hasAttribute('download')) preload(link.href);
  };
  document.addEventListener('pointerdown', onIntent, { capture: true, passive: true });
  document.addEventListener('focusin', onIntent);
  return () => {
    document.removeEventListener('pointerdown', onIntent, { capture: true });
    document.removeEventListener('focusin', onIntent);
  };
}
