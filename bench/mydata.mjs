/* global indexedDB, window */
// My data: "Save a copy of everything" of a plan with 2,000 records and 100 MB of photos, and
// "Bring back from a copy" of that file on a fresh tablet (a new browser profile), through the
// screens, in Chromium. Reports the time from the tap to the words on screen, and the page's peak
// memory meanwhile: its JavaScript heap, DOM and ArrayBuffers together (Runtime.getHeapUsage,
// sampled every 50 ms). The finished copy's bytes are in Blobs, which Chromium keeps in its blob
// store (on disk once large), not in the page: that is the point of gathering chunks into Blobs.
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/support/chromium.mjs';

const RECORDS = 2_000;
const PHOTOS = 40;
const PHOTO_BYTES = 2.5 * 1024 * 1024; // 40 × 2.5 MiB = 100 MiB, random (as incompressible as JPEG)

/** Fills the app's database (opened by the app first, so its tables exist) with the test plan. */
async function seed(page, records, photos, photoBytes) {
  await page.evaluate(
    async ({ records, photos, photoBytes }) => {
      const idb = await new Promise((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const get = (store, key) =>
        new Promise((resolve) => {
          const r = idb.transaction(store).objectStore(store).get(key);
          r.onsuccess = () => resolve(r.result);
        });
      // The app makes the plan just after its first screen shows: wait for it, not for the screen.
      let plan = await get('meta', 'currentPlanId');
      for (let tries = 0; !plan && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        plan = await get('meta', 'currentPlanId');
      }
      const planId = plan.value;
      const done = (tx) =>
        new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      const now = new Date().toISOString();
      let tx = idb.transaction('records', 'readwrite');
      for (let i = 0; i < records; i++) {
        const id = `bench-${String(i).padStart(5, '0')}`;
        tx.objectStore('records').put({
          planId,
          id,
          type: i % 2 ? 'diary' : 'action',
          data:
            i % 2
              ? {
                  when: '2026-11-30',
                  text: `A diary entry for the benchmark, number ${i}. `.repeat(4),
                }
              : {
                  what: `An action agreed at the review, number ${i}.`,
                  who: 'Alex',
                  status: 'started',
                },
          rev: { text: i, what: i },
          deleted: false,
          createdAt: now,
          updatedAt: now,
          updatedBy: 'bench',
        });
      }
      await done(tx);
      for (let p = 0; p < photos; p++) {
        const bytes = new Uint8Array(photoBytes);
        for (let o = 0; o < bytes.length; o += 65536)
          crypto.getRandomValues(bytes.subarray(o, Math.min(bytes.length, o + 65536)));
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
        tx = idb.transaction('media', 'readwrite');
        tx.objectStore('media').put({
          sha256,
          planId,
          mime: 'image/jpeg',
          bytes: bytes.buffer,
          size: bytes.length,
          createdAt: now,
          uploaded: 0,
        });
        await done(tx);
      }
      idb.close();
    },
    { records, photos, photoBytes },
  );
}

/** Samples the page's JavaScript heap until stopped; returns the peak in MiB. */
function heapSampler(cdp) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      // The JavaScript heap, the DOM's, and ArrayBuffers (photos as they pass through).
      const h = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(
        peak,
        h.usedSize + (h.embedderHeapUsedSize ?? 0) + (h.backingStorageSize ?? 0),
      );
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak / 1024 / 1024;
  };
}

async function freshPage(browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  // Tablets have no file picker: the copy is offered as a download (see sinks.ts).
  await context.addInitScript(() => {
    delete window.showSaveFilePicker;
  });
  const page = await context.newPage();
  return { context, page, cdp: await context.newCDPSession(page) };
}

export async function myDataBench({ url, chromePath, report, round }) {
  console.log(
    `\nMy data (load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const a = await freshPage(browser);
    await a.page.goto(`${url}/my-data`);
    await a.page.getByRole('button', { name: 'Save a copy of everything' }).waitFor();
    await seed(a.page, RECORDS, PHOTOS, PHOTO_BYTES);
    await a.page.reload();
    await a.cdp.send('HeapProfiler.collectGarbage');
    const saveStop = heapSampler(a.cdp);
    const saveStart = performance.now();
    const [download] = await Promise.all([
      a.page.waitForEvent('download', { timeout: 600_000 }),
      a.page.getByRole('button', { name: 'Save a copy of everything' }).click(),
    ]);
    await a.page.getByText(/^Your copy is made/).waitFor({ timeout: 600_000 });
    const saveMs = performance.now() - saveStart;
    const savePeak = await saveStop();
    const file = await download.path();
    const mib = statSync(file).size / 1024 / 1024;
    report(
      `save a copy: ${RECORDS} records + ${PHOTOS * (PHOTO_BYTES / 1024 / 1024)} MiB of photos`,
      round(saveMs / 1000, 2),
      ' s',
      'report',
      undefined,
      `(file ${round(mib)} MiB; peak page memory ${round(savePeak)} MiB)`,
    );

    const b = await freshPage(browser);
    await b.page.goto(`${url}/my-data`);
    await b.page.getByRole('button', { name: 'Bring back from a copy' }).waitFor();
    await b.cdp.send('HeapProfiler.collectGarbage');
    const backStop = heapSampler(b.cdp);
    const backStart = performance.now();
    const [chooser] = await Promise.all([
      b.page.waitForEvent('filechooser'),
      b.page.getByRole('button', { name: 'Bring back from a copy' }).click(),
    ]);
    await chooser.setFiles(file);
    await b.page.getByText('Your plan is back on this tablet.').waitFor({ timeout: 600_000 });
    const backMs = performance.now() - backStart;
    const backPeak = await backStop();
    const came = await b.page.getByText(/things came back/).textContent();
    report(
      'bring back that copy on a fresh tablet',
      round(backMs / 1000, 2),
      ' s',
      'report',
      undefined,
      `(${came?.trim()}; peak page memory ${round(backPeak)} MiB)`,
    );
  } finally {
    await browser.close();
  }
}
