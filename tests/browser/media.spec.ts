import { fakeCamera } from './support/camera';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

const GPS_MARKER = 'GPSLatitude 51.5072 N GPSLongitude 0.1276 W';

/** A 2400×1800 camera-size JPEG with location data in an EXIF block, as a phone would make. */
async function photoWithLocation(page: import('@playwright/test').Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(2400, 1800);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#2a7f62';
    ctx.fillRect(0, 0, 2400, 1800);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(600, 450, 1200, 900);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  const jpeg = Buffer.from(bytes);
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0', 'binary'),
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00]),
    Buffer.from(GPS_MARKER, 'ascii'),
  ]);
  const app1 = Buffer.concat([
    Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
    payload,
  ]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** What is stored on the tablet, read from IndexedDB (the page's CSP rightly forbids fetching blobs). */
async function storedMedia(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      new Promise<{ mime: string; size: number; text: string }[]>((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('media').objectStore('media').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { mime: string; bytes: ArrayBuffer }[]).map((m) => ({
                mime: m.mime,
                size: m.bytes.byteLength,
                text: new TextDecoder('latin1').decode(m.bytes),
              })),
            );
        };
      }),
  );
}

// Media capture with Chromium's fake camera and microphone (a test pattern and a beep).
test.use(fakeCamera);

test.describe('with a microphone and a camera', () => {
  test('I record my answer, play it back, and it is still there offline after a reload', async ({
    page,
    context,
    server,
  }) => {
    await context.grantPermissions(['microphone', 'camera']);
    const p = new PlannerScreens(page);
    await p.goto('/');
    await waitForServiceWorker(page);
    await server.stop();
    await p.open('/planner/say/live', 'Where do you want to live?');
    await p.button('More ways to answer').click();
    await p.button('Record my answer').click();
    const stop = p.button('Stop recording');
    await expect(stop).toBeVisible();
    await expect(page.getByRole('timer')).toContainText(/Recording for \d+ seconds?/);
    await page.waitForTimeout(2200);
    await expect(page.getByRole('timer')).not.toContainText('0 seconds');
    await stop.click();
    await expect(page.getByText('Your recording is saved on this tablet.')).toBeVisible();
    // One big button plays it back, not the browser's tiny player; its length is in words.
    const play = p.button('Play my recording');
    await expect(play).toBeVisible();
    const box = (await play.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(56);
    await expect(page.getByText(/^Your recording is \d+ seconds? long\.$/)).toBeVisible();
    await play.click();
    await expect(p.button('Stop playing')).toBeVisible();
    await p.button('Stop playing').click();
    await expect(play).toBeVisible();
    await expect(p.button('Record again')).toBeVisible();
    await expectNoAxeViolations(page, 'answer card with a recording');

    await page.reload();
    await p.waitForApp();
    // Saved, so "More ways to answer" is open by itself.
    await expect(p.button('Play my recording')).toBeVisible();
    await expect(page.locator('.voice__audio')).toHaveAttribute('src', /^blob:/);
    const [recording] = await storedMedia(page);
    expect(recording!.mime).toMatch(/^audio\//);
    expect(recording!.size).toBeGreaterThan(1000);
    await p.open('/planner/say', 'What I want to say');
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Where do you want to live?' }),
    ).toContainText('You have answered.');
  });

  test('I take a photo: it is made smaller and its location data is removed', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['microphone', 'camera']);
    const p = new PlannerScreens(page);
    await p.open('/planner/say/day', 'What do you do in your day?');
    await p.button('More ways to answer').click();
    const photo = await photoWithLocation(page);
    expect(photo.includes(Buffer.from('GPSLatitude'))).toBe(true);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      p.button('Take a photo').click(),
    ]);
    await chooser.setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    const img = page.getByRole('img', {
      name: 'Your photo for the question: What do you do in your day?',
    });
    await expect(img).toBeVisible();
    const size = await img.evaluate(async (el: HTMLImageElement) => {
      await el.decode();
      return { width: el.naturalWidth, height: el.naturalHeight };
    });
    expect(size).toEqual({ width: 1600, height: 1200 });
    const [stored] = await storedMedia(page);
    expect(stored!.mime).toBe('image/jpeg');
    expect(stored!.size).toBeLessThan(photo.length);
    expect(stored!.text).not.toContain('GPSLatitude');
    expect(stored!.text).not.toContain('Exif');
    await p.expectSaved();
    await page.reload();
    await p.waitForApp();
    await expect(img).toBeVisible();
    await p.button('Delete this photo').click();
    await expect(img).toHaveCount(0);
  });

  test('a photo of a person I invite, chosen from the tablet', async ({ page }) => {
    const p = new PlannerScreens(page);
    await p.open('/planner/people', 'Who do you want to come to your review?');
    await p.button('Add a person').click();
    await p.type('Their name', 'Priya');
    await p.part(/Photo/);
    await p.expectTitle('Add a photo of Priya');
    const photo = await photoWithLocation(page);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      p.button('Choose a photo').click(),
    ]);
    await chooser.setFiles({ name: 'priya.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(page.getByRole('img', { name: 'Photo of Priya' })).toBeVisible();
    await p.open('/planner/people', 'Who do you want to come to your review?');
    await expect(page.getByRole('img', { name: 'Photo of Priya' })).toBeVisible();
  });
});

test('I draw my answer with a finger or a mouse; it saves itself and is there after a reload', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/say/future', 'What are your hopes for the future?');
  await p.button('More ways to answer').click();
  await p.button('Draw a picture').click();
  const pad = page.locator('canvas.drawing__canvas');
  await expect(pad).toBeVisible();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 40);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 + i * 20, box.y + 40 + i * 12);
  await page.mouse.up();
  await expect(page.getByText('Your drawing is saved on this tablet.')).toBeVisible();
  await p.button('I have finished drawing').click();
  const drawing = page.getByRole('img', {
    name: 'Your drawing for the question: What are your hopes for the future?',
  });
  await expect(drawing).toBeVisible();
  await expectNoAxeViolations(page, 'answer card with a drawing');
  await page.reload();
  await p.waitForApp();
  await expect(drawing).toBeVisible();
  const [stored] = await storedMedia(page);
  expect(stored!.mime).toBe('image/png');
  await p.open('/planner/say', 'What I want to say');
  await expect(
    page.getByRole('listitem').filter({ hasText: 'What are your hopes for the future?' }),
  ).toContainText('You have answered.');
});
