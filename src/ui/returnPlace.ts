// "What is this?" opens an easy-read page; "Go back to where I was" must bring the person back to
// the exact question, at the same place on the screen, even after reading several pages, and even
// installed as an app with no browser Back button (issue 9, item 7). The link carries the address
// to come back to (?back=); the scroll place and the link used are kept for this tab meanwhile.

const KEY = 'my-review.return';
let returnedTo: string | undefined;

interface Place {
  path: string;
  y: number;
  /** The "What is this?" link used: focus goes back to it. */
  href: string;
}

function here(): string {
  return typeof location === 'undefined' ? '' : location.pathname + location.search;
}

/** `href` with `?back=` this screen, before any #part. */
export function withBack(href: string, back = here()): string {
  if (!back) return href;
  const [path, hash] = href.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}back=${encodeURIComponent(back)}${hash === undefined ? '' : `#${hash}`}`;
}

/** Called as the person follows a "What is this?" link. */
export function rememberPlace(href: string): void {
  try {
    const place: Place = { path: here(), y: Math.round(window.scrollY), href };
    sessionStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // No storage (private mode, full): the link still leads back, to the top of the screen.
  }
}

/**
 * On arriving at a screen: if the person left it through "What is this?", put them back where
 * they were and focus the link they used. Returns whether it did.
 */
export function returnToPlace(): boolean {
  let place: Place | undefined;
  try {
    const raw = sessionStorage.getItem(KEY);
    place = raw ? (JSON.parse(raw) as Place) : undefined;
  } catch {
    return false;
  }
  if (!place || place.path !== here()) return false;
  sessionStorage.removeItem(KEY);
  const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
    (a) => a.getAttribute('href') === place.href,
  );
  link?.focus({ preventScroll: true });
  window.scrollTo(0, place.y);
  returnedTo = place.path;
  return true;
}

/** Whether this screen was just put back where the person left it (so nothing else moves it). */
export function cameBack(): boolean {
  return returnedTo !== undefined && returnedTo === here();
}
