// The checks every screen must pass: axe (WCAG 2.2 A/AA), no horizontal scrolling at 320 px with
// 200% text, every target at least 44×44 CSS px, and a visible focus on everything focusable.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolationsInEveryTheme, test } from './support/fixtures';
import { exec } from 'preact-iso/router';
import { SCREENS } from '../../src/routes/screens';
import { ROUTES } from './support/routes';
import { AppPage } from './pages/AppPage';
import { brokenWords } from './support/words';

test('every screen of the app is in the list the checks run over', () => {
  expect(SCREENS.length).toBeGreaterThan(0);
  for (const screen of SCREENS) {
    expect(
      ROUTES.some((r) => exec(r.path, screen.path) !== undefined),
      `${screen.path} missing from tests/browser/support/routes.ts`,
    ).toBe(true);
  }
});

for (const route of ROUTES) {
  test(`${route.name} (${route.path}): axe finds nothing, in every colour theme`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.goto(route.path);
    await expect(app.heading).toBeVisible();
    await expectNoAxeViolationsInEveryTheme(page, route.path);
  });
}

async function overflowX(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('at 320 px wide with the biggest text, no screen scrolls sideways and no word breaks that fits', async ({
  page,
}) => {
  test.setTimeout(ROUTES.length * 10_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => {
    localStorage.setItem('my-review.display', JSON.stringify({ 'data-text-size': '200' }));
  });
  const app = new AppPage(page);
  for (const route of ROUTES) {
    await app.visit(route.path);
    await expect(app.heading).toBeVisible();
    expect(await overflowX(page), `${route.path} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await brokenWords(page), `words broken on ${route.path}`).toEqual([]);
  }
});

test('every target is at least 44 by 44 pixels, on every screen', async ({ page }) => {
  test.setTimeout(ROUTES.length * 10_000);
  const app = new AppPage(page);
  for (const route of ROUTES) {
    await app.visit(route.path);
    await expect(app.heading).toBeVisible();
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const focusables = document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
      );
      for (const el of focusables) {
        if (el.closest('[hidden], [aria-hidden="true"]') || el.hidden) continue;
        if (el.classList.contains('skip-link')) continue; // off screen until focused
        // A link inside a sentence is exempt (WCAG 2.5.8): its size is the text's size.
        if (el.tagName === 'A' && el.closest('p, li')?.textContent !== el.textContent) continue;
        // Visually hidden inputs (radios, tick boxes) are operated through their big label.
        const target = el.closest('label') ?? el;
        const r = target.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.width < 43.5 || r.height < 43.5) {
          out.push(
            `${target.tagName.toLowerCase()} "${target.textContent?.trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
        }
      }
      return out;
    });
    expect(small, `small targets on ${route.path}`).toEqual([]);
  }
});

test('focus is always visible when moving with the keyboard', async ({ page }) => {
  test.setTimeout(ROUTES.length * 10_000);
  // Each focus is judged in the page as it happens (one round trip per key, not two).
  await page.addInitScript(() => {
    const seen: { name: string; visible: boolean }[] = [];
    (window as unknown as { focusSeen: typeof seen }).focusSeen = seen;
    document.addEventListener('focusin', () => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return;
      // The visible part may be the element or, for hidden radios and tick boxes, its label.
      const shown = el.closest('label') ?? el;
      const has = (s: CSSStyleDeclaration) =>
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
        s.boxShadow !== 'none' ||
        /rgb\(255, 235, 59\)|rgb\(255, 212, 59\)|rgb\(0, 255, 255\)/.test(s.backgroundColor);
      const box = shown.querySelector('.checkbox__box');
      seen.push({
        name: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
        visible:
          has(getComputedStyle(el)) ||
          has(getComputedStyle(shown)) ||
          (box ? has(getComputedStyle(box)) : false),
      });
    });
  });
  const app = new AppPage(page);
  for (const route of ROUTES) {
    await app.visit(route.path);
    await expect(app.heading).toBeVisible();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.evaluate(() => {
      (window as unknown as { focusSeen: unknown[] }).focusSeen.length = 0;
    });
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    const seen = await page.evaluate(
      () => (window as unknown as { focusSeen: { name: string; visible: boolean }[] }).focusSeen,
    );
    expect(seen.length, `Tab moved focus on ${route.path}`).toBeGreaterThan(0);
    const hidden = seen.filter((s) => !s.visible).map((s) => s.name);
    expect(hidden, `no visible focus on these (${route.path})`).toEqual([]);
  }
});
