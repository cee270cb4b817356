// My data, as a person uses it with no connection: save a copy of everything, remove everything
// from the tablet, bring the copy back, and find it all there — the name, a photo and a recording.
// A damaged copy gets a plain message and changes nothing. Keyboard and axe on each screen.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { fakeCamera } from './support/camera';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { HomePage } from './pages/HomePage';
import { PlannerScreens } from './pages/PlannerScreens';

// The server is stopped: the service worker must be running.
test.use({ serviceWorkers: 'allow', ...fakeCamera });

const shots = process.env.SHOTS_DIR;

/**
 * Chromium on a desktop has the File System Access picker, which a test cannot answer; tablets
 * (Android Chrome, Safari) have no picker and get the file as a download. The tests take that path.
 */
async function withoutFilePicker(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

async function mediaOnTablet(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Never made here (that would create an empty database), and closed after reading (an open
    // connection would hold up removing everything).
    if (!(await indexedDB.databases()).some((d) => d.name === 'my-review')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('my-review');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const idb = open.result;
        if (!idb.objectStoreNames.contains('media')) {
          idb.close();
          return resolve([]);
        }
        const all = idb.transaction('media').objectStore('media').getAll();
        all.onsuccess = () => {
          idb.close();
          resolve((all.result as { mime: string }[]).map((m) => m.mime).sort());
        };
      };
    });
  });
}

async function photo(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(800, 600);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#2a7f62';
    ctx.fillRect(0, 0, 800, 600);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  return Buffer.from(bytes);
}

async function saveCopy(page: Page): Promise<Buffer> {
  const save = page.getByRole('button', { name: 'Save a copy of everything' });
  await save.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-review-copy-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(/^Your copy is made\. Its name is my-review-copy-/)).toBeVisible();
  return readFileSync((await download.path())!);
}

async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const [w, h] of [
    [810, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${shots}/${name}-${w}.png`, fullPage: true });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
  for (const [w, h] of [
    [810, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${shots}/${name}-${w}-200.png`, fullPage: true });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '100'));
  await page.setViewportSize({ width: 810, height: 1080 });
}

test('save a copy, remove everything, bring it back: the name, a photo and a recording, with no server', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['microphone', 'camera']);
  await withoutFilePicker(page);
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await waitForServiceWorker(page);
  await server.stop();
  await home.setName('Jordan');

  // A photo and a recording, as the person adds them.
  const p = new PlannerScreens(page);
  await p.open('/planner/say/day', 'What do you do in your day?');
  await p.button('More ways to answer').click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    p.button('Take a photo').click(),
  ]);
  await chooser.setFiles({ name: 'day.jpg', mimeType: 'image/jpeg', buffer: await photo(page) });
  const myPhoto = page.getByRole('img', {
    name: 'Your photo for the question: What do you do in your day?',
  });
  await expect(myPhoto).toBeVisible();
  await p.open('/planner/say/live', 'Where do you want to live?');
  await p.button('More ways to answer').click();
  await p.button('Record my answer').click();
  await expect(page.getByRole('timer')).toContainText(/Recording for [1-9]/);
  await p.button('Stop recording').click();
  await expect(page.getByText('Your recording is saved on this tablet.')).toBeVisible();
  expect(await mediaOnTablet(page)).toEqual([expect.stringMatching(/^audio\//), 'image/jpeg']);

  // Settings › My data.
  await home.goto('/settings');
  await page.getByRole('link', { name: /My data/ }).click();
  await home.expectTitle('My data');
  await expectNoAxeViolations(page, 'my data');
  const copy = await saveCopy(page);
  await expect(page.getByText(/, and 2 photos and recordings\.$/)).toBeVisible();
  await expectNoAxeViolations(page, 'my data, copy made');
  await shoot(page, 'mydata-saved');

  // The copy: a manifest, the records, both media and a summary anyone can read.
  const files = unzipSync(new Uint8Array(copy));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
    formatVersion: number;
    entries: Record<string, unknown>;
  };
  expect(manifest.formatVersion).toBe(2);
  expect(Object.keys(files).filter((n) => n.startsWith('media/'))).toHaveLength(2);
  const summary = strFromU8(files['summary.html']!);
  expect(summary).toContain('Jordan');
  expect(summary).toMatch(/<img src="media\/[0-9a-f]{64}\.jpg"/);
  expect(summary).not.toMatch(/<script/);

  // Remove everything: it first says what is only on this tablet, and asks.
  await page.getByRole('link', { name: 'Remove everything from this tablet' }).click();
  await home.expectTitle('Remove everything from this tablet');
  await expect(page.getByText(/^\d+ changes are only on this tablet so far\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save a copy of everything' })).toBeVisible();
  await expectNoAxeViolations(page, 'remove everything');
  await shoot(page, 'mydata-remove');
  await page.getByRole('button', { name: 'Remove everything from this tablet' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove everything?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'remove everything, asking');
  // No: nothing goes.
  await dialog.getByRole('button', { name: 'No, keep everything' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await mediaOnTablet(page)).toHaveLength(2);
  await page.getByRole('button', { name: 'Remove everything from this tablet' }).click();
  await dialog.getByRole('button', { name: 'Yes, remove everything' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Everything is removed from this tablet.')).toBeVisible();
  await home.expectTitle('My data');
  expect(await mediaOnTablet(page)).toEqual([]);
  await home.goto('/');
  await home.waitForReady();
  await expect(home.heading).not.toContainText('Jordan');

  // Bring it back, still with no server.
  await home.goto('/my-data');
  const [files2] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Bring back from a copy' }).click(),
  ]);
  await files2.setFiles({ name: 'my-review-copy.zip', mimeType: 'application/zip', buffer: copy });
  await expect(page.getByText('Your plan is back on this tablet.')).toBeVisible();
  await expect(page.getByText(/^\d+ things came back\.$/)).toBeVisible();
  await expectNoAxeViolations(page, 'my data, brought back');
  await shoot(page, 'mydata-back');

  await home.goto('/');
  await home.waitForReady();
  await home.expectTitle('Hello, Jordan');
  await p.open('/planner/say/day', 'What do you do in your day?');
  await expect(myPhoto).toBeVisible();
  await p.open('/planner/say/live', 'Where do you want to live?');
  await expect(p.button('Play my recording')).toBeVisible();
  expect(await mediaOnTablet(page)).toEqual([expect.stringMatching(/^audio\//), 'image/jpeg']);
});

test('a damaged copy, or a file that is not a copy, gets a plain message and changes nothing', async ({
  page,
}) => {
  await withoutFilePicker(page);
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName('Alex');
  await home.goto('/my-data');
  const copy = await saveCopy(page);

  const bringBack = async (name: string, buffer: Buffer) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Bring back from a copy' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/zip', buffer });
  };
  await bringBack('cut-short.zip', copy.subarray(0, Math.floor(copy.length / 2)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This copy is damaged. Part of it is missing or changed.');
  await expect(alert).toContainText('Nothing was changed on this tablet.');
  await expectNoAxeViolations(page, 'my data, damaged copy');
  await shoot(page, 'mydata-damaged');

  await bringBack('letter.zip', Buffer.from('Dear Alex, this is a letter.'));
  await expect(alert).toContainText('This file is not a copy from My Review.');

  await home.goto('/');
  await home.waitForReady();
  await home.expectTitle('Hello, Alex');
});
