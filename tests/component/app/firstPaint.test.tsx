// The live app hydrates the prerendered first paint (src/app/main.tsx) instead of replacing it.
// Preact's hydrate keeps the elements it finds and does not correct their attributes, so the
// app's first render must be exactly the markup built into index.html.
import { hydrate, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';
import { matchesFirstPaint } from '../../../src/app/firstPaint';
import { prerender } from '../../../src/app/prerender';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const roots: HTMLElement[] = [];
function root(html = '') {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.append(el);
  roots.push(el);
  return el;
}
afterEach(() => {
  for (const el of roots.splice(0)) {
    render(null, el);
    el.remove();
  }
});

async function firstPaint() {
  // preact-iso adds its (empty) data script after the screen; it is not part of the app.
  const html = (await prerender()).html.replace(/<script type="isodata">.*?<\/script>$/, '');
  // The first paint's pictures load lazily (prerender.tsx): an attribute hydrate leaves alone.
  expect(html).toContain('<img loading="lazy" class="picture__img"');
  expect(html).not.toMatch(/<img class="picture__img"/);
  return html.replaceAll(' loading="lazy"', '');
}

describe('the first paint and the live app', () => {
  it('the app’s first render is the prerendered markup, element for element', async () => {
    const built = root(await firstPaint());
    const live = root();
    render(<App initialSettings={DEFAULT_SETTINGS} />, live);
    expect(built.innerHTML).toContain('Welcome to My Review');
    // jsdom has no inert property, so Preact writes the attribute as "true"; a browser sets it.
    expect(live.innerHTML.replaceAll('inert="true"', 'inert=""')).toBe(built.innerHTML);
  });

  it('hydrating keeps the painted elements: nothing is built twice', async () => {
    const el = root(await firstPaint());
    const title = el.querySelector('h1');
    const tiles = el.querySelectorAll('.tile');
    hydrate(<App initialSettings={DEFAULT_SETTINGS} />, el);
    expect(el.querySelector('h1')).toBe(title);
    expect(el.querySelectorAll('.tile')[3]).toBe(tiles[3]);
  });

  it('hydrates only at Home with settings that draw the same markup', () => {
    expect(matchesFirstPaint('/', DEFAULT_SETTINGS)).toBe(true);
    expect(matchesFirstPaint('/', { ...DEFAULT_SETTINGS, textSize: 200, theme: 'dark' })).toBe(
      true,
    );
    expect(matchesFirstPaint('/help', DEFAULT_SETTINGS)).toBe(false);
    expect(matchesFirstPaint('/', { ...DEFAULT_SETTINGS, pictures: 'none' })).toBe(false);
    expect(matchesFirstPaint('/', { ...DEFAULT_SETTINGS, readAloud: false })).toBe(false);
  });
});
