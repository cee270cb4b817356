// Proof, in real Chromium, of each react-aria fix for Preact (scripts/patch-react-aria.mjs and the
// focus return in src/ui/Dialog.tsx / Select.tsx): collections render and reorder, Escape closes,
// focus goes back to what opened a dialog or a list.
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { AppPage } from './pages/AppPage';

test('a collection (Select) renders and can be used by keyboard; focus returns to it', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto('/kit');
  const trigger = page.getByRole('button', { name: /Pick a day/ });
  await expect(trigger).toContainText('Monday');
  await trigger.focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox');
  await expect(list.getByRole('option')).toHaveText([
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
  ]);
  // Focus moves into the list, onto the chosen day, and each arrow key moves it one day. Each
  // step waits for react-aria's own focus mark (data-focused), not only the browser's focus: a key
  // pressed before react-aria knows where focus is starts from the top of the list.
  for (const day of ['Monday', 'Tuesday', 'Wednesday']) {
    if (day !== 'Monday') await page.keyboard.press('ArrowDown');
    const option = list.getByRole('option', { name: day });
    await expect(option).toBeFocused();
    await expect(option).toHaveAttribute('data-focused', 'true');
  }
  await page.keyboard.press('Enter');
  await expect(list).toHaveCount(0);
  await expect(trigger).toContainText('Wednesday');
  await expect(trigger).toBeFocused();
});

test('a collection whose items change keeps every item once, in the new order', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto('/kit');
  await page.getByRole('button', { name: 'Turn the list around' }).click();
  await page.getByRole('button', { name: 'Add a day' }).click();
  await page.getByRole('button', { name: /Pick a day/ }).click();
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText([
    'Saturday',
    'Friday',
    'Thursday',
    'Wednesday',
    'Tuesday',
    'Monday',
  ]);
  await page.getByRole('option', { name: 'Saturday' }).click();
  await expect(page.getByRole('button', { name: /Pick a day/ })).toContainText('Saturday');
});

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
