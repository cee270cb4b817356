// Renders the app icons (public/icons/*.svg) to the PNG sizes the web app manifest and iOS need,
// with the system Chromium. Run after changing an icon: node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/browser/support/chromium.mjs';

const dir = new URL('../public/icons/', import.meta.url).pathname;
const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['maskable.svg', 'apple-touch-icon.png', 180],
];
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [src, out, size] of jobs) {
  const svg = readFileSync(dir + src, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: dir + out, omitBackground: true });
  console.log(`icons: ${out}`);
}
await browser.close();
