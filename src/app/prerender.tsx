// Build-time only: renders the home screen to HTML for index.html, so a cold start paints the
// first screen before any JavaScript runs (the network floor). Runs in Node via
// @preact/preset-vite's prerender; it must not touch the browser or the database.
// It renders the app itself, as its first render is before any data has loaded: the live app then
// hydrates this markup instead of replacing it (main.tsx; tests/component/app/firstPaint.test.tsx
// checks the two are the same).
import { prerender as ssr } from 'preact-iso';
import { initI18n } from '../i18n/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { App } from './App';

export async function prerender() {
  initI18n('en');
  const { html } = await ssr(<App initialSettings={DEFAULT_SETTINGS} />);
  return { html: lazyPictures(html), links: new Set<string>() };
}

/**
 * The first paint's pictures load after the page is read, not while it is: their 17 requests
 * (through the service worker when offline) held up the start of the app's script by about half a
 * second at 4× CPU slowdown (bench: warm offline start). Hydrate keeps this attribute; the
 * pictures the live app draws afterwards load as usual, so printing and other screens are as
 * before.
 */
export function lazyPictures(html: string): string {
  return html.replaceAll('<img class="picture__img"', '<img loading="lazy" class="picture__img"');
}
