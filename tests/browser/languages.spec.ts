// Urdu (right to left) and Polish, in the browser: the layout mirrors, the person's own words keep
// their direction, Urdu is drawn in a Nastaliq or Naskh font of the device, Polish counts with its
// own plural forms, and changing language never changes the person's data. The words to look for
// come from the locale files (each language's, else English, as i18next falls back), so this spec
// reads the same screens whatever the translators wrote.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { AppPage } from './pages/AppPage';
import { HomePage } from './pages/HomePage';

type Catalog = Record<string, unknown>;
const catalogs = new Map<string, Catalog | null>();

function catalog(lang: string, ns: string): Catalog | null {
  const key = `${lang}/${ns}`;
  if (!catalogs.has(key)) {
    const file = join('locales', lang, `${ns}.json`);
    catalogs.set(
      key,
      existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalog) : null,
    );
  }
  return catalogs.get(key)!;
}

function lookUp(c: Catalog | null, path: string[]): string | undefined {
  let at: unknown = c;
  for (const p of path) at = at && typeof at === 'object' ? (at as Catalog)[p] : undefined;
  return typeof at === 'string' && at !== '' ? at : undefined;
}

/** The words a key shows in a language, placeholders as written: its own translation, else English. */
function template(lang: string, key: string): string {
  const [ns, rest] = key.split(':') as [string, string];
  const path = rest.split('.');
  const text = lookUp(catalog(lang, ns), path) ?? lookUp(catalog('en', ns), path);
  if (text === undefined) throw new Error(`No words for ${key}`);
  return text;
}

function words(lang: string, key: string, values: Record<string, string> = {}): string {
  return template(lang, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The words of a key with anything in its placeholders, to find on the screen. */
function pattern(lang: string, key: string): RegExp {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    template(lang, key)
      .split(/\{\{\w+\}\}/)
      .map(escape)
      .join('.*'),
  );
}

/** A language's card in Settings, named in the language's own words, read in the language `lang`. */
function languageChoice(page: Page, lang: string, name: string): Locator {
  return page
    .getByRole('radiogroup', { name: words(lang, 'settings:language.label'), exact: true })
    .getByRole('radio', { name, exact: true });
}

/** Taps a language's card, as a person does (the radio itself is visually hidden). */
async function chooseLanguage(page: Page, from: string, name: string) {
  const app = new AppPage(page);
  await page.goto('/settings');
  await app.waitForApp();
  await app.press(languageChoice(page, from, name));
}

const htmlAttribute = (page: Page, name: string) =>
  page.evaluate((n) => document.documentElement.getAttribute(n), name);

/**
 * Whether a control, or a heading's words, sit on the right of the main column: nearer its right
 * edge than its left. The words' own box (a Range), as a heading's box is the column's width.
 */
async function onTheRight(page: Page, control: Locator): Promise<boolean> {
  const box = await control.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return { x: r.x, width: r.width };
  });
  const main = (await page.locator('main').boundingBox())!;
  return main.x + main.width - (box.x + box.width) < box.x - main.x;
}

/** Nothing scrolls sideways on a 320 px phone with the biggest text; then back as it was. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${label} scrolls sideways at 320 px with 200% text`).toBeLessThanOrEqual(0);
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '100'));
  await page.setViewportSize(viewport);
}

/** The fonts Chromium really drew an element's text with (not the ones the styles asked for). */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

const ENGLISH_ANSWER = 'I feel safe here. My nurse listens to me.';

test('in Urdu the app mirrors, keeps an English answer left to right, and changes none of the person’s data', async ({
  page,
}) => {
  test.setTimeout(180_000); // five screens, each with axe and the 320 px check, in one page
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Sam');

  await chooseLanguage(page, 'en', 'اردو');
  await expect.poll(() => htmlAttribute(page, 'dir')).toBe('rtl');
  expect(await htmlAttribute(page, 'lang')).toBe('ur');
  const app = new AppPage(page);
  await app.expectTitle(words('ur', 'settings:title'));

  // Urdu is drawn with the device's Nastaliq or Naskh font (fonts-noto-core/extra on Debian).
  await expect(page.locator('.language-note__name[lang="ur"]')).toHaveText('اردو');
  const fonts = await fontsDrawing(page, '.language-note__name[lang="ur"]');
  expect(fonts.join(', ')).toMatch(/Nastaliq|Naskh/);

  // Home: its title starts on the right.
  await home.goto('/');
  await app.expectTitle(words('ur', 'home:greeting', { name: 'Sam' }));
  expect(await onTheRight(page, app.heading)).toBe(true);
  await expectNoAxeViolations(page, 'Home in Urdu');
  await expectNoSidewaysScroll(page, 'Home');

  // A planner step: an English answer reads left to right on an Urdu screen, and Back is on the
  // right of Next (the way a right-to-left reader goes back).
  await app.goto('/planner/say/treated');
  const box = page.getByRole('textbox', { name: words('ur', 'planner:answer.words'), exact: true });
  await box.fill(ENGLISH_ANSWER);
  await expect(box).toHaveCSS('direction', 'ltr');
  await expect(page.getByText(pattern('ur', 'planner:common.saved'))).toBeVisible();
  const main = page.locator('main');
  const back = main.getByRole('link', { name: words('ur', 'planner:common.back'), exact: true });
  const next = main.getByRole('link', { name: words('ur', 'planner:say.next'), exact: true });
  expect((await back.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x);
  expect(await onTheRight(page, back)).toBe(true);
  await expectNoAxeViolations(page, 'a planner step in Urdu');
  await expectNoSidewaysScroll(page, 'a planner step');

  // An easy-read page.
  await app.goto('/learn/what-is-a-review');
  await app.expectTitle(words('ur', 'learn:pages.what-is-a-review.title'));
  expect(await onTheRight(page, app.heading)).toBe(true);
  await expectNoAxeViolations(page, 'an easy-read page in Urdu');
  await expectNoSidewaysScroll(page, 'an easy-read page');

  // The print page: the way back on the right, the English answer still left to right.
  await app.goto('/planner/print');
  const up = page.locator('.frame-up').getByRole('link');
  expect(await onTheRight(page, up)).toBe(true);
  await expect(page.getByText(ENGLISH_ANSWER)).toHaveCSS('direction', 'ltr');
  await expect(page.locator('main')).toHaveCSS('direction', 'rtl');
  await expectNoAxeViolations(page, 'the print page in Urdu');
  await expectNoSidewaysScroll(page, 'the print page');

  // The cards.
  await app.goto('/day/cards');
  const upToDay = main.getByRole('link', { name: words('ur', 'day:up'), exact: true });
  expect(await onTheRight(page, upToDay)).toBe(true);
  const cards = page.locator('.card-grid__card');
  expect((await cards.nth(0).boundingBox())!.x).toBeGreaterThan(
    (await cards.nth(1).boundingBox())!.x,
  );
  await expectNoAxeViolations(page, 'the cards in Urdu');
  await expectNoSidewaysScroll(page, 'the cards');

  // Polish counts with its own forms: 2, 3 or 4 pictures take the "few" form, 5 to 21 "many".
  // On the picture credits page each designer's line counts their pictures, shown beside it.
  await chooseLanguage(page, 'ur', 'Polski');
  await expect.poll(() => htmlAttribute(page, 'dir')).toBe('ltr');
  expect(await htmlAttribute(page, 'lang')).toBe('pl');
  await app.goto('/learn/pictures');
  const lines = await page.locator('.credit-designers li').evaluateAll((items) =>
    items.map((li) => ({
      words: li.querySelector(':scope > span:nth-of-type(2)')?.textContent ?? '',
      pictures: li.querySelectorAll('.credit-designers__pictures img').length,
    })),
  );
  const forms = new Set<string>();
  for (const { words: shown, pictures } of lines) {
    const form = new Intl.PluralRules('pl').select(pictures);
    forms.add(form);
    const expected = lookUp(catalog('pl', 'pictures'), ['credit', `count_${form}`]);
    expect(expected, `the Polish "${form}" form of pictures:credit.count`).toBeDefined();
    expect(shown).toBe(expected!.replace('{{count}}', String(pictures)));
  }
  expect([...forms]).toEqual(expect.arrayContaining(['one', 'few', 'many']));

  // Back to English: the name and the answer are exactly as they were.
  await chooseLanguage(page, 'pl', 'English');
  await expect.poll(() => htmlAttribute(page, 'lang')).toBe('en');
  expect(await htmlAttribute(page, 'dir')).toBe('ltr');
  await home.goto('/');
  await home.expectTitle('Hello, Sam');
  await app.goto('/planner/say/treated');
  await expect(page.getByRole('textbox', { name: 'In my own words', exact: true })).toHaveValue(
    ENGLISH_ANSWER,
  );
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  // Device settings stay on the tablet and never sync (src/shared/settings.ts): a shared family
  // tablet may be in Urdu for one person and a supporter's phone in English. So the language is
  // kept on the device, and must come back with no server at all.
  test('the language chosen stays after the server stops and the app is opened again', async ({
    page,
    server,
  }) => {
    const home = new HomePage(page);
    await home.goto('/');
    await waitForServiceWorker(page);
    await chooseLanguage(page, 'en', 'اردو');
    await expect.poll(() => htmlAttribute(page, 'dir')).toBe('rtl');

    await server.stop();
    await page.reload();
    await home.waitForApp();
    await expect.poll(() => htmlAttribute(page, 'dir')).toBe('rtl');
    expect(await htmlAttribute(page, 'lang')).toBe('ur');
    await new AppPage(page).expectTitle(words('ur', 'settings:title'));
    await expect(languageChoice(page, 'ur', 'اردو')).toBeChecked();
  });
});
