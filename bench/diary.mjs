// The diary with 2,000 entries and 200 photos (issue 11, item 7): how soon the first screen of
// entries shows at 4× CPU slowdown, and how long the evidence timeline of all 2,000 takes to
// make, on screen and as a spreadsheet. Entries go straight into IndexedDB, as sync would leave them.
import { chromium } from 'playwright-core';
/* global document, indexedDB, OffscreenCanvas, MutationObserver, requestAnimationFrame -- these run in the page */
import { CHROMIUM_ARGS } from '../tests/browser/support/chromium.mjs';

const ENTRIES = 2000;
const PHOTOS = 200;
/**
 * How long a person is on /after before pressing "My diary", for the figure that waits: reading
 * the hub and reaching the link. By then the app's own start-up work (sync, the checks a write
 * makes), which starts about 3 s after a start on /after, has run too.
 */
const IDLE_MS = 5000;
const KINDS = ['call', 'letter', 'meeting', 'visit', 'incident', 'goodDay'];

/** Fills the current plan's diary: 2,000 entries over five years, one in ten with a photo. */
async function seed(page, entries, photos) {
  await page.evaluate(
    async ({ entries, photos, kinds }) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const r = indexedDB.open('my-review');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const done = (tx) =>
        new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      const db = await open();
      const planId = await new Promise((resolve) => {
        const r = db.transaction('meta').objectStore('meta').get('currentPlanId');
        r.onsuccess = () => resolve(r.result.value);
      });
      // 200 different camera-size photos (as the app keeps them: at most 1600 px, JPEG).
      const shas = [];
      const media = [];
      for (let i = 0; i < photos; i++) {
        const canvas = new OffscreenCanvas(1600, 1200);
        const ctx = canvas.getContext('2d');
        ctx.fillStyle = `hsl(${(i * 37) % 360} 60% 45%)`;
        ctx.fillRect(0, 0, 1600, 1200);
        for (let j = 0; j < 40; j++) {
          ctx.fillStyle = `hsl(${(i * 11 + j * 29) % 360} 70% ${30 + (j % 5) * 10}%)`;
          ctx.fillRect((j * 97) % 1500, (j * 61) % 1100, 100 + j * 3, 80 + j * 2);
        }
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
        const bytes = await blob.arrayBuffer();
        const hash = await crypto.subtle.digest('SHA-256', bytes);
        const sha256 = [...new Uint8Array(hash)]
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
        shas.push(sha256);
        media.push({
          sha256,
          planId,
          mime: 'image/jpeg',
          bytes,
          size: bytes.byteLength,
          createdAt: new Date().toISOString(),
          uploaded: 1,
        });
      }
      const words =
        'I called the ward about the move. They said the plan is not ready. ' +
        'Jo will ring back on Friday. Mum was upset, and so was I.';
      const tx = db.transaction(['records', 'media'], 'readwrite');
      for (const m of media) tx.objectStore('media').put(m);
      const start = Date.UTC(2022, 0, 1);
      for (let i = 0; i < entries; i++) {
        const when = new Date(start + Math.floor(i * 0.9) * 86400000).toISOString().slice(0, 10);
        const now = new Date().toISOString();
        tx.objectStore('records').put({
          planId,
          id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
          type: 'diary',
          data: {
            when,
            kind: kinds[i % kinds.length],
            who: i % 3 ? 'Jo, my care co-ordinator' : 'Dr Khan',
            feeling: ['good', 'notSure', 'notGood'][i % 3],
            text: `${words} (${i + 1})`,
            ...(i % 10 === 0 && photos ? { photo: shas[(i / 10) % photos] } : {}),
          },
          rev: {},
          deleted: false,
          createdAt: now,
          updatedAt: now,
          updatedBy: 'bench',
        });
      }
      await done(tx);
      db.close();
    },
    { entries, photos, kinds: KINDS },
  );
}

/**
 * Clicks a link inside the page and times, in the page's own clock, until `selector` matches
 * `count` elements (and, with `images`, until the shown photos have loaded).
 */
function timeUntil(page, click, selector, count, images = false) {
  return page.evaluate(
    ({ click, selector, count, images }) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const ready = () =>
          document.querySelectorAll(selector).length >= count &&
          (!images ||
            [...document.querySelectorAll(`${selector} img`)].every(
              (img) => img.complete && img.naturalWidth > 0,
            ));
        const check = () => {
          if (!ready()) return false;
          observer.disconnect();
          resolve(performance.now() - t0);
          return true;
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        document.querySelector(click).click();
        // Images finish loading without a DOM change: look again on each frame until they have.
        const frame = () => {
          if (!check()) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { click, selector, count, images },
  );
}

export async function diaryBench({ chromePath, url, report, round, median }) {
  console.log('\nThe diary: 2,000 entries and 200 photos');
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 810, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${url}/after`);
    // Installing the service worker precaches the whole app: slow on a busy machine.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 180_000,
    });
    await page.waitForSelector('a[href="/after/diary"]', { timeout: 60_000 });
    // First a diary of 20 entries (2 photos): the same screen with little to read, for comparison
    // on a busy machine. Then the 2,000.
    await seed(page, 20, 2);
    const cdp = await context.newCDPSession(page);

    // From pressing "My diary" on /after to the first 20 entries on screen, their photos shown:
    // on the first visit (the diary's code and words are read from the service worker's cache,
    // then its entries), and again in the same visit (code loaded: reading and showing only).
    // The first visit is pressed as soon as the link shows; with `pause`, that long after it shows
    // (at the same CPU rate): /after fetches the diary's code, words and pictures once it is idle.
    const open = async (rate, pause = 0) => {
      const first = [];
      const again = [];
      for (let i = 0; i < 5; i++) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.goto(`${url}/after`);
        await page.waitForSelector('a[href="/after/diary"]');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        if (pause) await page.waitForTimeout(pause);
        first.push(await timeUntil(page, 'a[href="/after/diary"]', '.diary-entry', 20, true));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.click('a[href="/after"]');
        await page.waitForSelector('a[href="/after/diary"]');
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        again.push(await timeUntil(page, 'a[href="/after/diary"]', '.diary-entry', 20, true));
      }
      return { first, again };
    };
    const runs = (xs) => `(runs: ${xs.map((r) => Math.round(r)).join(', ')} ms)`;
    const small = await open(4);
    report(
      'diary: first screen of a diary of only 20 entries, opened again at 4× CPU (comparison)',
      round(median(small.again)),
      ' ms',
      'report',
      undefined,
      runs(small.again),
    );
    await seed(page, ENTRIES, PHOTOS);
    for (const rate of [1, 4]) {
      const { first, again } = await open(rate);
      const cpu = rate === 1 ? '' : ` at ${rate}× CPU`;
      report(
        `diary: first screen of 20 of 2,000 entries, first visit${cpu}`,
        round(median(first)),
        ' ms',
        rate === 4 ? 'target ≤ 300 ms' : 'report',
        rate === 4 ? median(first) <= 300 : undefined,
        runs(first),
      );
      if (rate === 4) {
        const idle = await open(rate, IDLE_MS);
        report(
          `diary: the same, pressed ${IDLE_MS / 1000} s after /after shows${cpu} (/after fetches the diary's code, words and pictures when idle)`,
          round(median(idle.first)),
          ' ms',
          'target ≤ 300 ms',
          median(idle.first) <= 300,
          runs(idle.first),
        );
      }
      report(
        `diary: the same, opened again${cpu}`,
        round(median(again)),
        ' ms',
        rate === 4 ? 'target ≤ 300 ms' : 'report',
        rate === 4 ? median(again) <= 300 : undefined,
        runs(again),
      );
    }

    // The evidence timeline of all 2,000, from "Print or save my diary" to every entry on the page.
    const evidence = [];
    const csv = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${url}/after/diary`);
      await page.waitForSelector('.diary-entry');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      evidence.push(
        await timeUntil(page, 'a[href="/after/diary/evidence"]', '.evidence-entry', ENTRIES),
      );
      // The spreadsheet of all 2,000, made on the tablet when the button is pressed.
      const [download, ms] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Save as a spreadsheet',
          );
          const t0 = performance.now();
          button.click();
          return performance.now() - t0;
        }),
      ]);
      await download.cancel();
      csv.push(ms);
    }
    report(
      'diary: evidence timeline of 2,000 entries at 4× CPU',
      round(median(evidence)),
      ' ms',
      'report',
      undefined,
      runs(evidence),
    );
    report(
      'diary: spreadsheet of 2,000 entries at 4× CPU',
      round(median(csv)),
      ' ms',
      'report',
      undefined,
      runs(csv),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await browser.close();
  }
}
