// Sharing in the browser: other people on their own devices (browser contexts of their own), the
// person's invitation as they make it on My people, and what a device holds (IndexedDB and Cache
// Storage), read from the page itself.
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { AccountPage } from '../pages/AccountPage';
import { HomePage } from '../pages/HomePage';
import type { TestServer } from './server';

/** Picture cards: the person taps the card (its label), as on a tablet. */
export const press = (control: Locator) => control.locator('xpath=ancestor::label').click();

/** Another person on their own device: a browser context of its own, signed in by email code. */
export async function personOn(
  browser: Browser,
  server: TestServer,
  email: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  const page = await context.newPage();
  const account = new AccountPage(page);
  await account.open();
  await account.signInWithCode(email, (e) => server.mail.codeFor(e));
  return page;
}

/** Signs this device in by email code, and waits until everything is saved online. */
export async function signIn(page: Page, server: TestServer, email: string) {
  const account = new AccountPage(page);
  await account.open();
  await account.signInWithCode(email, (e) => server.mail.codeFor(e));
  await expect(account.status('Everything is saved')).toBeVisible();
}

/** The person's own tablet: their name on Home, then signed in, with everything saved online. */
export async function personSignedIn(page: Page, server: TestServer, name: string, email: string) {
  const home = new HomePage(page);
  await home.goto('/');
  await home.waitForReady();
  await home.setName(name);
  await signIn(page, server, email);
}

/** The plan's id as this device knows it (read from IndexedDB, outside the app). */
export const currentPlanId = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('my-review');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('meta').objectStore('meta').get('currentPlanId');
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { value: string }).value);
          };
        };
      }),
  );

export interface Invitation {
  link: string;
  code: string;
}

/** Invite someone from My people: someone new by name, or someone already in "who is coming". */
export async function invite(
  page: Page,
  who: { name: string } | { attendee: string },
  role: RegExp,
  alsoTick: string[] = [],
): Promise<Invitation> {
  await page.goto('/people');
  await page.getByRole('link', { name: 'Invite someone' }).click();
  if ('name' in who) {
    await press(page.getByRole('radio', { name: 'Someone new' }));
    await page.getByRole('textbox', { name: 'Their name' }).fill(who.name);
  } else {
    await press(page.getByRole('radio', { name: who.attendee }));
  }
  await press(page.getByRole('radio', { name: role }));
  for (const p of alsoTick) {
    const box = page.getByRole('checkbox', { name: p });
    if (!(await box.isChecked())) await press(box);
    await expect(box).toBeChecked();
  }
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Your invitation is ready.' })).toBeVisible();
  const link = (await page.getByTestId('invite-link').textContent())!.trim();
  const code = (await page.getByTestId('invite-code').textContent())!.trim();
  return { link, code };
}

/** The invited person opens the link on their own device and asks to join. */
export async function acceptByLink(member: Page, link: string) {
  await member.goto(link);
  await member.getByRole('button', { name: 'Yes, I want to help' }).click();
  await expect(member.getByText('Thank you. They need to let you in now.')).toBeVisible();
}

/** The person lets them in from My people. */
export async function letIn(page: Page, name: string) {
  await page.goto('/people');
  await page.getByRole('button', { name: `Let ${name} in` }).click();
  await page.getByRole('button', { name: 'Yes, let them in' }).click();
}

/** The app tries again at once when the connection comes back (and syncs). */
export async function syncNow(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

/** Waits until this device has nothing left to send. */
export async function everythingSaved(page: Page) {
  await syncNow(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Everything is saved' }).first(),
  ).toBeVisible();
}

/** Every row of every object store of every IndexedDB database of this origin, as JSON text. */
export async function indexedDbDump(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const out: Record<string, unknown[]> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        // Bytes (photos, recordings) as their length and first bytes, so they can be searched.
        out[`${info.name}/${store}`] = rows.map((r) =>
          JSON.parse(
            JSON.stringify(r, (_k, v: unknown) =>
              v instanceof Blob
                ? `blob:${v.size}`
                : v instanceof ArrayBuffer
                  ? `bytes:${v.byteLength}`
                  : v,
            ),
          ),
        );
      }
      db.close();
    }
    return out;
  });
}

/** What Cache Storage holds: every cache's request URLs and the text of each response. */
export async function cacheStorageDump(page: Page): Promise<{ url: string; body: string }[]> {
  return page.evaluate(async () => {
    const out: { url: string; body: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        const type = res?.headers.get('content-type') ?? '';
        const body = res && /json|text|javascript/.test(type) ? await res.text() : '';
        out.push({ url: req.url, body });
      }
    }
    return out;
  });
}
