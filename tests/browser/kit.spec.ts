// Proof, in real Chromium, of each react-aria fix for Preact (scripts/patch-react-aria.mjs and the
// focus return in src/ui/Dialog.tsx): Escape closes, focus goes back to what opened a dialog.
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { AppPage } from './pages/AppPage';

test('Escape closes a dialog and focus returns to the button that opened it', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('/kit');
  const opener = page.getByRole('button', { name: 'Open the dialog' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Are you sure?' });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog.
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expectNoAxeViolations(page, 'kit with a dialog open');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // And by its own button, with a pointer.
  await opener.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('choice cards: one tap picks, arrow keys move, no dragging anywhere', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto('/kit');
  const group = page.getByRole('radiogroup', { name: 'How do you feel about this?' });
  await group.getByText('Not sure').click();
  await expect(group.getByRole('radio', { name: 'Not sure' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Not good' })).toBeChecked();
  expect(await page.locator('[draggable="true"]').count()).toBe(0);
});
