import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { screenshots } from './support/screenshots';
import { personOn, personSignedIn, press } from './support/sharing';

/** The QR code as the camera would see it: its pixels, decoded here, not trusted from the page. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const { width, height, data } = await page.getByTestId('invite-qr').evaluate(async (img) => {
    const image = img as HTMLImageElement;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 400;
    const g = canvas.getContext('2d')!;
    g.imageSmoothingEnabled = false;
    g.drawImage(image, 0, 0, 400, 400);
    return { width: 400, height: 400, data: Array.from(g.getImageData(0, 0, 400, 400).data) };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

async function invite(page: Page, name: string) {
  await page.goto('/people');
  await page.getByRole('link', { name: 'Invite someone' }).click();
  await press(page.getByRole('radio', { name: 'Someone new' }));
  await page.getByRole('textbox', { name: 'Their name' }).fill(name);
  await press(page.getByRole('radio', { name: /Supporter/ }));
  // Pre-set from the supporter's starting set.
  await expect(page.getByRole('checkbox', { name: 'Help write my answers' })).toBeChecked();
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Your invitation is ready.' })).toBeVisible();
  const link = (await page.getByTestId('invite-link').textContent())!.trim();
  const code = (await page.getByTestId('invite-code').textContent())!.trim();
  return { link, code };
}

const shots = (page: Page, name: string) => screenshots(page, '/tmp/shots/s2', name);

test('the person invites by link and by code, confirms, and stops sharing', async ({
  page,
  browser,
  server,
}) => {
  await personSignedIn(page, server, 'Sam', 'sam@example.org');

  await page.goto('/');
  await page.getByRole('link', { name: /My people/ }).click();
  await expect(page.getByText('You do not share your plan with anyone yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'my people (empty)');

  const byLink = await invite(page, 'Alex');
  expect(byLink.link).toMatch(/\/invite#[A-Za-z0-9_-]{43}$/);
  expect(byLink.code).toMatch(/^[A-Z0-9]{4} [A-Z0-9]{4}$/);
  expect(await decodeQr(page)).toBe(byLink.link);
  await expectNoAxeViolations(page, 'invitation ready');
  if (process.env.SHOTS) await shots(page, 'invite-ready');

  // Alex opens the link on their own phone, signs in, reads what they will do, and accepts.
  const alex = await personOn(browser, server, 'alex@example.org');
  await alex.goto(byLink.link);
  await expect(alex.getByText('You will be: Supporter.')).toBeVisible();
  await expect(alex.getByText('Help write my answers')).toBeVisible();
  await expectNoAxeViolations(alex, 'accept');
  if (process.env.SHOTS) await shots(alex, 'accept');
  await alex.getByRole('button', { name: 'Yes, I want to help' }).click();
  await expect(alex.getByText('Thank you. They need to let you in now.')).toBeVisible();

  // Jo types the short code instead.
  const byCode = await invite(page, 'Jo');
  const jo = await personOn(browser, server, 'jo@example.org');
  await jo.goto('/invite');
  await jo.getByRole('textbox', { name: 'The code' }).fill(byCode.code.toLowerCase());
  await jo.getByRole('button', { name: 'Open the invitation' }).click();
  await jo.getByRole('button', { name: 'Yes, I want to help' }).click();
  await expect(jo.getByText('Thank you. They need to let you in now.')).toBeVisible();

  // Sam lets Alex in.
  await page.goto('/people');
  await page.getByRole('button', { name: 'Let Alex in' }).click();
  await expect(page.getByRole('dialog', { name: 'Alex wants to help you.' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, let them in' }).click();
  await expect(page.getByText('Alex can now help with your plan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Let Alex in' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'my people');
  if (process.env.SHOTS) await shots(page, 'my-people');

  // Sam stops sharing with Alex: one tap and one confirmation.
  await page.getByRole('button', { name: 'Stop sharing with Alex' }).click();
  await page.getByRole('button', { name: 'Yes, stop sharing' }).click();
  await expect(page.getByText('You stopped sharing with Alex.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alex' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Jo' })).toBeVisible();
});
